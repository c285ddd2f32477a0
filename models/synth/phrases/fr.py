"""French phrase bank (format: see models.synth.phrases)."""

BANK = """
## _greeting
Madame, Monsieur,
Bonjour {name},
Bonjour,
Cher {name},
Chère Madame, cher Monsieur,
Bonjour Madame,
Bonsoir {name},
Bonjour Madame, bonjour Monsieur,

## _opener
J'espère que vous allez bien.
Merci pour votre réponse rapide.
Suite à notre conversation téléphonique de ce jour.
Je vous remercie pour votre message.
J'espère que vous avez passé un bon week-end.
Voici un petit point sur la situation.

## _closing
Cordialement,
Bien cordialement,
Meilleures salutations,
Bien à vous,
Merci d'avance,
Salutations distinguées,
Belle journée,

## _fyi
Pour info, voir ci-dessous.
Peux-tu t'en occuper ? Merci.
Voir ci-dessous, qu'en penses-tu ?
Transmis pour information.
C'est pour ton service.
Transféré pour traitement.

## invoice
# Facture {inv} | Facture {inv} de {company} | {company} – facture {inv} | Votre facture {inv}
[Veuillez trouver ci-joint|Vous trouverez en pièce jointe|Nous vous adressons] notre facture {inv} [d'un
+ montant de {amount}|du {date}|pour les prestations du mois dernier].
[Le règlement est attendu avant le {due}.|Paiement à {days} jours.|L'échéance est fixée au {due}.]
[Pour toute question concernant cette facture, n'hésitez pas à nous contacter.|Si quelque chose n'est
+ pas clair, répondez simplement à ce message.]
# Nouvelle facture disponible | Votre facture {inv} est disponible | Votre facture {company}
Votre nouvelle facture {inv} [est jointe au format PDF|a été émise et se trouve en pièce jointe].
Le montant total de {amount} sera [prélevé le {due}|exigible le {due}].
[Merci de votre confiance.|Merci pour votre commande.]
# Facture de la commande {po} | Commande {po} – facture {inv}
[Comme convenu,|Suite à la livraison de votre commande {po},] veuillez trouver ci-joint la facture {inv}.
[La marchandise a été livrée le {date}.|Tous les articles de la commande {po} ont été livrés.]
[Merci de rappeler le numéro de facture lors du paiement.|Merci d'indiquer {inv} en référence du virement.]
# Facture mensuelle {month} | Facture de {month} | Facture mensuelle {inv}
Ci-joint la facture pour [nos prestations de|la période d'abonnement de] {month}, numéro {inv}.
Le montant de {amount} est à régler [sous {days} jours|au plus tard le {due}] sur le compte indiqué sur
+ la facture.
# Copie de facture {inv} | Facture {inv} – {customer}
[Comme demandé,|Suite à votre demande,] je vous transmets [une copie de|] la facture {inv} [pour vos
+ dossiers|pour votre service comptable].
[L'original a été envoyé le {date}.|Merci de la transmettre à la bonne personne.]
# Documents de votre commande | Votre achat – facture {inv}
Merci pour votre commande. [Vous trouverez ci-joint|Nous joignons] la facture {inv} d'un total de {amount}.
[Conditions de paiement : {days} jours net.|Merci de régler par virement avant le {due}.]
# Facture à régler | Merci de traiter la facture {inv}
Pourriez-vous transmettre la facture {inv} ci-jointe à votre service fournisseurs ?
Elle concerne [l'installation du {date}|la livraison de {product}|nos heures de conseil].
[Échéance : {due}.|Délai de paiement : {days} jours.]
#! Votre facture {company} est disponible | Nouvelle facture {inv} | [Facture|Facture électronique] {inv} –
+ {customer}
Ceci est un message automatique de {company}, merci de ne pas y répondre.
Une nouvelle facture a été [émise|établie] pour {customer} : facture n° {inv}, montant {amount}, échéance le
+ {due}.
[Vous la trouverez en pièce jointe au format PDF.|Le PDF est joint à ce message.] [Si vous avez opté pour le
+ prélèvement automatique, vous n'avez rien à faire.|Merci d'indiquer le numéro {inv} en référence de votre
+ virement.]
# Facture d'acompte – devis {quote} | Acompte pour votre projet | Facture {inv} : acompte
[Comme convenu dans notre devis {quote}|Conformément à notre devis {quote}], nous vous facturons un acompte de
+ [30|40|50] % avant le démarrage des travaux.
Vous trouverez ci-joint la facture {inv} d'un montant de {amount}. [Les travaux seront planifiés dès réception
+ du règlement.|Nous commanderons le matériel dès réception de l'acompte.]
Le solde sera facturé à la fin du chantier.
# Facture {month} | Ma facture – {month} | Facture mensuelle
Voici ma facture pour {month} ({inv}). [N'hésite pas si quelque chose ne va pas.|Dis-moi s'il te manque quoi
+ que ce soit.]
# Facture {inv} – prestations {month} | Relevé d'heures et facture {month} | Heures {month}
Veuillez trouver ci-joint la facture {inv} correspondant à {n} [heures|jours] de [conseil|gestion de
+ projet|développement logiciel] en {month}.
[Le relevé d'heures validé par {colleague} est également joint.|Les heures correspondent à la feuille de temps
+ validée par {colleague}.]
Merci de virer {amount} sur l'IBAN {iban} en rappelant la référence {inv}, [avant le {due}|sous {days} jours].
# Facture de solde – chantier de {city} | Facture finale {inv} | Solde des travaux à {city}
Les travaux à {city} étant [terminés|réceptionnés depuis le {date}], nous vous adressons ci-joint notre
+ facture de solde {inv}.
[L'acompte déjà versé a été déduit ; il reste {amount} à régler.|Elle comprend également les travaux
+ supplémentaires convenus sur place.]
[Merci pour cette agréable collaboration.|Ce fut un plaisir de mener ce projet avec vous.] [Règlement à {days}
+ jours.|Nous vous remercions de régler avant le {due}.]
# Renouvellement de votre abonnement | Facture annuelle {inv} | Votre contrat est reconduit
Votre [abonnement logiciel|contrat de support|forfait d'hébergement] sera reconduit tacitement le {date}.
Vous trouverez ci-joint la facture {inv} pour la nouvelle période ({amount}). [Si vous ne souhaitez pas
+ renouveler, merci de nous prévenir avant le {date}.|Votre formule et vos tarifs restent inchangés.]
# Votre commande {po} est payée | Facture de votre commande en ligne | Commande {po} : votre facture
Merci pour votre commande {po} sur notre boutique en ligne. [Votre paiement de {amount} par carte bancaire a
+ bien été reçu.|Nous avons bien reçu votre règlement de {amount}.]
[Vous trouverez ci-joint la facture {inv} pour votre comptabilité.|La facture {inv} est jointe à cet e-mail.]
+ [Cette facture est déjà acquittée.|Aucun paiement supplémentaire n'est nécessaire.]

## credit_note
# Avoir {cn} | Avoir sur facture {inv} | Votre avoir {cn}
[Veuillez trouver ci-joint|Vous trouverez en pièce jointe] l'avoir {cn} [relatif à|concernant] la
+ facture {inv}.
[Le montant de {amount} sera déduit de votre prochaine facture.|Nous vous rembourserons {amount} sous
+ {days} jours.]
# Avoir pour retour de marchandise | Retour traité – avoir {cn}
Nous avons bien reçu la marchandise retournée et [émis|enregistré] l'avoir {cn} de {amount}.
[Veuillez nous excuser pour la gêne occasionnée.|Merci pour votre patience.]
# Correction de la facture {inv} | Facture rectificative – avoir {cn}
[Notre facture {inv} comportait une erreur.|Un prix erroné a été appliqué sur la facture {inv}.] Nous
+ avons donc établi l'avoir {cn}.
[Une facture corrigée suivra séparément.|Le montant corrigé figure en pièce jointe.]
# Avoir comme convenu | Avoir {cn} – {company}
Comme convenu [par téléphone|lors de notre rendez-vous], nous vous créditons {amount} sur la facture {inv}.
Vous trouverez l'avoir {cn} en pièce jointe [pour vos dossiers|pour comptabilisation].
# Remboursement d'un double paiement | Avoir {cn} pour double paiement
[Il semble que|Nous avons constaté que] la facture {inv} a été payée deux fois. Ci-joint l'avoir {cn}
+ pour le trop-perçu de {amount}.
Merci de nous indiquer si vous préférez un remboursement ou une déduction.
# Ajustement de prix | Avoir {cn} – ajustement tarifaire
Suite à l'ajustement de prix de {product}, nous avons émis l'avoir {cn}.
[Il se rapporte à la facture {inv}.|Le montant de {amount} sera imputé sur la facture {inv}.]
# Votre avoir | Avoir {cn} ci-joint
Ci-joint l'avoir {cn} [pour la commande annulée {po}|pour les articles manquants de la commande {po}].
[Le montant a été crédité sur votre compte.|Aucune action n'est nécessaire de votre part.]
#! Avoir {cn} émis | Nouvel avoir sur votre compte | Avoir {cn} – {company}
Ceci est un message automatique de {company}.
Un avoir a été émis sur votre compte client : {cn}, montant {amount}, se rapportant à la facture {inv}.
[Il sera déduit automatiquement de votre prochaine facture.|Le montant sera remboursé sur le compte bancaire
+ enregistré chez nous.] Le document est joint au format PDF.
# Geste commercial | Toutes nos excuses – avoir {cn} | Dédommagement pour le retard de la commande {po}
Nous sommes désolés [que la commande {po} vous soit parvenue avec autant de retard|pour les problèmes
+ rencontrés lors de la dernière livraison|que l'installation ne se soit pas déroulée comme prévu].
À titre de geste commercial, nous vous avons crédité de {amount} ; vous trouverez l'avoir {cn} ci-joint.
[Nous espérons que cela clôt l'incident.|Nous espérons regagner votre confiance lors de votre prochaine
+ commande.]
# Remise de fin d'année {cn} | Votre ristourne annuelle | RFA – avoir {cn}
Compte tenu de votre chiffre d'affaires de l'an dernier, vous bénéficiez d'une [remise de fin
+ d'année|ristourne] de {percent} %.
Nous avons établi l'avoir {cn} d'un montant de {amount}, [qui vous sera versé sous {days} jours|que vous
+ pouvez déduire de votre prochain règlement].
[Merci pour votre fidélité.|Au plaisir de poursuivre notre collaboration cette année.]
# Avoir suite à l'interruption du {date} | Compensation pour indisponibilité | Avoir SLA {cn}
En raison de [l'incident|l'indisponibilité de notre plateforme] du {date}, le taux de disponibilité prévu au
+ contrat n'a pas été respecté.
Conformément au SLA, nous vous créditons de {amount} sur votre facture [d'abonnement|d'hébergement|de support]
+ {inv}.
[L'avoir {cn} est joint.|Vous trouverez l'avoir {cn} en pièce jointe.] [Encore toutes nos excuses pour la gêne
+ occasionnée.|Le rapport d'incident suivra séparément.]
# Avoir palettes endommagées | Comme convenu : avoir {cn} | Avoir {cn}
Comme convenu par téléphone, voici l'avoir pour les [palettes|cartons] endommagés : {cn}, {amount}.
# Retour des palettes consignées | Avoir consigne | Remboursement des consignes – avoir {cn}
Nous avons bien récupéré [{n} palettes|les caisses et palettes consignées] sur votre site de {city}.
La consigne de {amount} vous est créditée par l'avoir {cn}. [Il sera imputé sur la facture {inv}.|Vous pouvez
+ le déduire de votre prochain paiement.]
# Résiliation de votre abonnement | Avoir au prorata {cn} | Remboursement de la période non utilisée
Comme demandé, votre [abonnement logiciel|abonnement de sauvegarde en ligne|contrat de support] a pris fin le
+ {date}.
[Les mois non utilisés vous sont crédités|La part de la redevance annuelle payée d'avance vous est créditée]
+ par l'avoir {cn} ({amount}).
[Le remboursement interviendra sous {days} jours.|Vous ne recevrez plus de factures de notre part.] [Nous
+ regrettons votre départ.|Vous serez toujours le bienvenu.]

## purchase_order
# Bon de commande {po} | Nouvelle commande {po} | Commande {po} de {customer}
[Veuillez trouver ci-joint|Ci-joint] notre bon de commande {po}.
[Merci de confirmer la réception et la date de livraison.|Merci de nous envoyer un accusé de réception
+ de commande avec le délai de livraison.]
[Adresse de livraison indiquée sur le bon.|Merci de rappeler {po} sur le bon de livraison et la facture.]
# Commande : {product} | Nous souhaitons commander | Nouvelle commande – {customer}
Nous souhaitons commander les articles suivants :
{items}
[Notre numéro de commande est {po}.|Merci d'utiliser le numéro de commande {po} sur tous les documents.]
+ [Une livraison avant le {date} serait idéale.|Merci de livrer au plus vite.]
# Réassort {po} | Nouvelle commande de {product}
[Pourriez-vous|Merci de] renouveler notre dernière commande de {product}, {n} unités.
Notre nouveau numéro de commande est {po}. [Même adresse de livraison que la dernière fois.|Livraison à
+ notre entrepôt.]
# Commande {po} – merci de confirmer | Confirmation de commande demandée {po}
Ci-joint le bon de commande {po} [d'un montant de {amount}|pour les articles évoqués].
Merci de nous adresser [par retour|sous {days} jours] une confirmation avec la date de livraison prévue.
# Commande urgente {po} | Urgent : commande {product}
Nous avons besoin en urgence de {n} x {product}. [Une livraison avant le {date} est-elle possible ?|Une
+ livraison express est-elle possible ?]
[Ci-joint|Vous trouverez en pièce jointe] le bon de commande {po}.
# Commande pour le mois prochain | Commande {po} – livraison {month}
Pour notre planning de {month}, merci de [livrer les articles suivants|nous fournir] :
{items}
Numéro de commande : {po}.
# Commande suite à votre devis | Notre commande {po}
Suite à votre devis {quote}, nous avons le plaisir de vous passer commande.
Le bon de commande {po} est joint. [Merci de confirmer la date de livraison.|Dans l'attente de la
+ livraison.]
#! Bon de commande {po} de {customer} | Nouvelle commande {po} | Commande {po} – {customer}
Ce bon de commande a été [généré|envoyé] automatiquement par le système achats de {customer}.
Le bon de commande {po} est joint au format PDF. [Merci de confirmer la commande sous {days} jours en
+ précisant la date de livraison.|Merci d'adresser votre accusé de réception de commande au service achats et
+ non à cette adresse.]
[Les factures ne mentionnant pas le numéro {po} ne pourront pas être traitées.|Merci de rappeler le numéro de
+ commande sur le bon de livraison et la facture.]
# Appel de commande sur contrat cadre | Commande d'appel {po} | Appel {po}
Dans le cadre de notre contrat cadre, nous vous passons un appel de {n} [unités|palettes] de {product},
+ livraison [le {date}|semaine {n}].
Notre numéro d'appel est {po}. [Prix et conditions selon le contrat cadre.|Une facture par appel de commande,
+ s'il vous plaît.]
# Réassort {product} | Petite commande | Réassort {po}
Tu peux nous envoyer encore {n} x {product} sur le site de {city} ? Commande n° {po}. Merci !
# Commande : intervention du {date} | Ordre de service {po} | Accord pour les travaux à {city}
Nous vous confirmons la commande [des travaux d'installation|de la maintenance|du nettoyage des vitres] sur
+ notre site de {city} [le {date}|la semaine du {date}].
[Le prix est celui de votre devis {quote}.|Le prix forfaitaire convenu est de {amount} HT.] Notre numéro de
+ commande est {po} ; merci de le rappeler sur votre facture.
[Merci de vous présenter à l'accueil à votre arrivée.|Votre interlocuteur sur place sera {colleague}.]
# Horaires de livraison commande {po} | Commande {po} – horaires de réception | Nouvelle commande {po},
+ livraison à {city}
Veuillez trouver ci-joint notre commande {po}.
[Livraisons uniquement en semaine entre 7h et 15h.|Notre quai de réception est ouvert du lundi au vendredi de
+ 7h à 15h.] [Merci d'appeler {sender} une demi-heure avant l'arrivée.|Le chauffeur doit se présenter au
+ portail 2.]
[Les livraisons partielles ne sont pas acceptées.|Les livraisons partielles sont possibles si tout est livré
+ avant le {date}.]
# Modification de la commande {po} | Avenant commande {po} | Commande {po} : nouvelle quantité
Merci de modifier notre commande {po} : [il nous faut désormais {n} unités au lieu de la quantité initiale|la
+ date de livraison passe au {date}|merci d'ajouter {n} x {product}].
Les autres conditions restent inchangées. [Le bon de commande modifié est joint.|Pourriez-vous nous envoyer
+ une confirmation de commande mise à jour ?]
# Commande pour les nouveaux bureaux | Équipement bureaux – commande {po} | Mobilier et informatique pour
+ {city}
Pour nos nouveaux bureaux de {city}, nous souhaitons commander :
{items}
Merci de facturer [notre siège|le centre de coût {n}00] en rappelant la commande {po}. [La livraison doit
+ impérativement avoir lieu avant le {date}, jour du déménagement.|Le bâtiment est accessible à partir du
+ {date}.]

## quote_request
# Demande de devis | Demande de prix – {product} | Demande de devis {quote}
Nous recherchons {n} unités de {product} et souhaiterions recevoir votre meilleure offre.
[Pourriez-vous préciser le délai de livraison ?|Merci d'inclure les frais de port et le délai.]
[Notre référence : {quote}.|Merci de rappeler la référence {quote} dans votre réponse.]
# Demande de tarif | Pouvez-vous nous faire un devis ? | Devis pour {product}
Pourriez-vous nous envoyer un devis pour {product} ? [Il nous en faudrait environ {n}.|Quantité : {n}.]
[La livraison devrait avoir lieu avant le {date}.|Livraison à {city}.]
# Devis pour un chantier | Devis travaux d'installation
Pour un projet à {city}, nous avons besoin d'un devis pour [des travaux d'installation|la maintenance|le
+ nettoyage].
Quelqu'un pourrait-il [passer sur place|m'appeler] pour en discuter ? [Idéalement avant {weekday}.|Nous
+ souhaitons décider avant le {date}.]
# Appel d'offres {quote} | Consultation fournisseurs {quote}
Nous vous invitons à remettre une offre pour la fourniture de {product}.
[Merci d'envoyer votre offre avant le {date}.|Les offres doivent nous parvenir au plus tard le {date}.]
+ Référence : {quote}.
# Prix pour {n} unités | Question sur les tarifs dégressifs
Quel serait votre prix pour {n} unités de {product} ? [Proposez-vous des remises sur quantité ?|Y a-t-il
+ une remise pour un contrat annuel ?]
# Demande via le site web | Demande : {product}
J'ai trouvé votre entreprise en ligne et souhaiterais un devis pour {product}.
[Quels sont vos prix et conditions de livraison ?|Pourriez-vous m'envoyer une liste de prix ?]
# Devis mis à jour svp | Devis révisé {quote}
Pourriez-vous [mettre à jour|réviser] votre devis {quote} ? [Il nous faut maintenant {n}
+ unités.|L'adresse de livraison est désormais {city}.]
# Devis pour les articles suivants | Demande de prix – liste ci-dessous | Merci de nous faire une offre
Pourriez-vous nous faire une offre pour les articles suivants ?
{items}
[Merci de préciser le délai de livraison et si les prix s'entendent franco de port.|Merci d'indiquer également
+ vos conditions de paiement.] [Nous consultons plusieurs fournisseurs et déciderons avant le {date}.|Il
+ s'agit d'une première commande ; d'autres pourraient suivre.]
# Consultation contrat de nettoyage | Contrat de maintenance {quote} | Devis pour un contrat
+ [annuel|pluriannuel]
Notre contrat actuel pour [le nettoyage des locaux|la maintenance de nos installations|l'entretien du
+ chauffage et de la climatisation] arrive à échéance le {date} et nous consultons plusieurs prestataires.
Il s'agit [de notre bâtiment de {city}|de notre site] d'environ {n}00 m². [Une visite peut être organisée avec
+ {colleague}.|Dites-nous quand vous pourriez passer voir les lieux.]
[Merci d'indiquer vos tarifs horaires et frais de déplacement éventuels.|Nous souhaitons un prix mensuel et
+ connaître le préavis de résiliation.] Référence : {quote}.
# Prix pour {n} x {product} ? | Petite question de prix | Combien pour {n} ?
Combien coûteraient {n} x {product}, livrés à {city} ? Merci d'avance.
# Formation pour notre équipe | Devis atelier le {date} | Formation intra-entreprise – tarif ?
Nous cherchons [une formation intra-entreprise|un atelier] pour une dizaine de collaborateurs, [idéalement le
+ {date}|courant {month}].
[Pourriez-vous nous envoyer une proposition avec le programme et le tarif ?|Quel en serait le coût, supports
+ et déplacement compris ?]
[La formation aurait lieu dans nos locaux à {city}.|Nous disposons d'une salle avec vidéoprojecteur.]
# Devis de réparation | Combien coûterait une réparation ? | Réparation – pouvez-vous nous aider ?
[Notre chariot élévateur|Notre machine à café|Notre climatisation|Notre imprimante d'étiquettes] [est en panne
+ depuis la semaine dernière|ne fonctionne plus correctement].
Pourriez-vous nous dire combien coûterait la réparation, [ou s'il vaut mieux remplacer l'appareil|et dans quel
+ délai vous pourriez intervenir] ? [L'appareil n'est plus sous garantie.|Nous l'avions acheté chez un autre
+ fournisseur.]
# Recherche d'un autre fournisseur | Avez-vous ceci en stock ? | Disponibilité et prix – urgent
Notre fournisseur habituel ne peut pas livrer [de papier A4|de cartouches de toner|de cartons d'expédition|de
+ tube cuivre|de chaussures de sécurité] [avant {month}|dans les semaines qui viennent].
Pourriez-vous nous dépanner, et à quel prix pour {n} unités ? [Il nous les faudrait pour le {date}.|Cette
+ fois, le délai compte plus que le prix.]
# Demande de location | Devis location {n} jours | Tarifs de location
Nous souhaiterions louer [un chariot élévateur|deux chariots élévateurs|un groupe électrogène|un échafaudage]
+ pendant {n} jours à partir du {date} sur notre site de {city}.
[Quel serait le tarif, livraison et reprise comprises ?|Pourriez-vous nous envoyer un devis, assurance
+ comprise ?]

## complaint
# Livraison endommagée | Réclamation : commande {po} arrivée endommagée | Marchandise abîmée – commande {po}
La livraison de la commande {po} est arrivée [hier|ce matin|le {date}] et [plusieurs|{n}] cartons
+ étaient [abîmés|écrasés|mouillés].
[Nous ne pouvons pas utiliser la marchandise en l'état.|La plupart des articles sont inutilisables.]
Merci [d'envoyer un remplacement|d'organiser une nouvelle livraison|d'établir un avoir] [au plus
+ vite|d'ici la fin de la semaine].
# Mauvais articles livrés | Erreur de livraison commande {po}
Nous avons reçu de mauvais articles pour la commande {po}. [Au lieu de {product}, nous avons reçu autre
+ chose.|La moitié de la livraison ne correspond pas.]
[Merci de venir les récupérer et d'envoyer les bons articles.|C'est déjà la deuxième fois.]
# Retard de livraison | Toujours en attente de la commande {po}
Nous attendons toujours la commande {po}, promise pour le {date}.
[Cela pose problème à nos propres clients.|Notre production est à l'arrêt.] [J'attends une réponse
+ aujourd'hui.|Quand sera-t-elle livrée ?]
# La facture {inv} est erronée | Réclamation sur la facture {inv}
Votre facture {inv} [comporte des articles jamais reçus|applique l'ancien tarif|a été facturée deux fois].
[Nous ne la réglerons qu'après correction.|Merci d'envoyer une facture rectificative ou un avoir.]
# Service insatisfaisant | Réclamation concernant votre technicien | Service inacceptable
Je suis [très mécontent|extrêmement déçu] du service du {date}. [Le technicien est arrivé avec trois
+ heures de retard.|Les travaux n'ont pas été terminés.]
[Je souhaite parler à un responsable.|J'attends un dédommagement.]
# Produit défectueux | {product} défectueux
Le produit {product} acheté [ne fonctionne plus après {n} jours|était défectueux à la livraison].
[Nous souhaitons être remboursés.|Merci de le remplacer sous garantie.] [Des photos sont jointes.|Où
+ puis-je le renvoyer ?]
# Articles manquants | Livraison incomplète commande {po}
La commande {po} était incomplète : [il manque {n} articles|{product} n'était pas dans le carton].
[Merci de livrer les articles manquants.|Merci de nous créditer les articles manquants.]
# Accueil de votre collaborateur au téléphone | Réclamation sur la façon dont j'ai été reçu | Personnel
+ désagréable
J'ai [appelé votre service client|rendu visite à votre agence de {city}] le {date} au sujet de la commande
+ {po}, et [votre collaborateur|votre conseiller] s'est montré [franchement impoli|désagréable et pas du tout
+ serviable].
[On m'a répondu que ce n'était « pas son problème » avant de raccrocher.|Personne n'a même essayé de trouver
+ une solution.] [Ce n'est pas ainsi que l'on traite un client de longue date.|J'attends des excuses.]
# Rendez-vous du {date} non honoré | Technicien jamais venu | Encore personne aujourd'hui
Nous avions rendez-vous le {date} [entre 8h et 12h|dans la matinée], et personne n'est venu.
[J'avais posé une journée de congé pour l'occasion.|Notre personnel a attendu toute la journée.] Personne n'a
+ appelé pour prévenir non plus.
[Je demande un nouveau rendez-vous cette semaine et un dédommagement pour le temps perdu.|Merci de m'expliquer
+ ce qui s'est passé et quand quelqu'un viendra.]
# Panne de votre plateforme | Portail inaccessible | Troisième interruption ce mois-ci
Votre [système|plateforme|portail] est [en panne|inaccessible] depuis {time} ce matin, et nous ne pouvons
+ [plus traiter aucune commande|plus facturer nos clients].
[C'est la troisième interruption ce mois-ci.|Votre page de statut indique toujours que tout fonctionne.] [Nous
+ payons pour une disponibilité de 99,9 % et nous en sommes très loin.|Merci de faire remonter le problème
+ immédiatement.]
[Nous demanderons l'application des pénalités prévues au contrat.|J'attends une explication écrite sur la
+ cause de la panne.]
# Remboursement toujours pas reçu | Où en est mon remboursement ? | Remboursement promis, toujours rien
Le {date}, vous nous avez confirmé le remboursement de {amount} [pour la marchandise retournée|pour la
+ commande {po}].
[Cela fait maintenant {days} jours et nous n'avons toujours rien reçu.|Nous n'avons reçu ni avoir ni
+ virement.] [À chaque appel, on me répond que c'est en cours.|Ma patience a des limites.]
[Merci de procéder au virement cette semaine.|Si le montant n'est pas sur notre compte avant le {due}, nous
+ suspendrons le règlement de vos factures en cours.]
# Mauvaise taille livrée | Commande {po} non conforme | Qualité non conforme à l'échantillon
Les [chaussures de sécurité|vestes de travail|tenues] reçues avec la commande {po} [ne sont pas à la bonne
+ taille|ne sont pas de la couleur commandée|ne correspondent pas à l'échantillon présenté].
[Nous avions commandé du L et avons reçu du M partout.|La qualité est nettement inférieure à celle de
+ l'échantillon.] [Merci de procéder à l'échange sans frais.|Nous vous retournons l'ensemble à vos frais.]
# Troisième e-mail sans réponse | Toujours aucune réponse | Pourquoi personne ne répond ?
C'est mon troisième e-mail au sujet [de la commande {po}|de la facture {inv}|de notre demande de garantie], et
+ je n'ai toujours aucune réponse.
[Votre standard est constamment occupé.|Le chat me renvoie systématiquement vers la FAQ.] Je trouve ce service
+ très décevant.
[Sans nouvelles de votre part d'ici {weekday}, nous chercherons un autre fournisseur.|Merci de me faire
+ rappeler aujourd'hui.]
# Prélèvement après résiliation | Prélèvement non autorisé | Vous continuez à nous facturer
Nous avons résilié [notre contrat|l'abonnement logiciel|notre abonnement de sauvegarde en ligne] le {date},
+ [résiliation confirmée par écrit|en respectant le préavis], et pourtant vous avez de nouveau prélevé
+ {amount} sur notre compte.
[Merci de nous rembourser immédiatement et de confirmer la résiliation.|J'ai demandé à notre banque de rejeter
+ le prélèvement.] [Je ne souhaite plus recevoir de factures.|Votre facture {inv} est donc sans objet pour
+ nous.]

## payment_reminder
# Relance facture {inv} | Facture {inv} échue | Rappel – solde dû
Sauf erreur de notre part, la facture {inv} [d'un montant de {amount}|du {date}] reste impayée.
[Son échéance était le {due}.|Elle est échue depuis {days} jours.] [Merci de procéder au règlement dans
+ les meilleurs délais.|Merci de régler sous 7 jours.]
[Si vous avez déjà effectué le paiement, merci de ne pas tenir compte de ce message.|Contactez-nous en
+ cas de problème avec la facture.]
# Deuxième relance {inv} | Mise en demeure : facture {inv}
Ceci est notre [deuxième|dernière] relance pour la facture {inv}, échue le {due}.
[À défaut de règlement de {amount} sous 7 jours, le dossier sera transmis au recouvrement.|Des pénalités
+ de retard seront appliquées.]
# Petit rappel | Facture {inv} – paiement en retard
Petit rappel : la facture {inv} de {amount} [était payable le {due}|est maintenant en retard].
[Pourriez-vous m'indiquer quand nous pouvons attendre le paiement ?|Pourriez-vous vérifier avec votre
+ comptabilité ?]
# Factures en souffrance | Relevé de compte – échéances dépassées
Notre relevé fait apparaître les factures impayées suivantes : {inv}, total {amount}.
[Merci de régulariser le solde avant le {due}.|Merci de virer le montant sur notre compte.]
# Retard de paiement | Solde dû {amount}
Nous n'avons pas encore reçu le paiement de la facture {inv}. [Y a-t-il un problème ?|Merci de vérifier
+ vos écritures.]
[Merci de virer {amount} sur le compte indiqué sur la facture.|Merci de régler sans autre délai.]
# Rappel : merci de régler la facture {inv} | Action requise : facture impayée
Un montant de {amount} reste dû sur la facture {inv} (échéance {due}).
[Nous vous remercions de régler dans les prochains jours.|Les livraisons seront suspendues jusqu'au
+ paiement.]
# Paiement non reçu | Avez-vous reçu la facture {inv} ?
Nous n'avons pas encore reçu votre paiement pour la facture {inv}. [La facture vous est-elle bien
+ parvenue ?|Peut-être s'est-elle perdue ?]
[Je vous en joins une copie.|Merci de régler {amount} dès que possible.]
#! Rappel de paiement – facture {inv} | Échéance dépassée sur votre compte | Relance automatique
Ceci est une relance automatique du service comptabilité clients de {company}.
Sauf erreur de notre part, l'écriture suivante reste ouverte : facture {inv} du {date}, montant {amount},
+ échéance le {due}.
[Merci de procéder au règlement sous {days} jours.|Merci de régler ce montant dans les prochains jours.] [Si
+ votre paiement a croisé ce message, merci de ne pas en tenir compte.|Les paiements des trois derniers jours
+ ouvrés ne sont peut-être pas encore pris en compte.]
# Facture {inv} | Petit rappel | Petite question sur la facture {inv}
Désolé de t'embêter avec ça, mais je crois que la facture {inv} est passée à la trappe. [Elle était à régler
+ pour le {due}.|Nous n'avons pas encore vu le paiement.]
[Tu pourrais jeter un œil quand tu as un moment ?|Rien d'urgent, mais tu peux vérifier de ton côté ?]
# Rejet de prélèvement – facture {inv} | Prélèvement impayé | Prélèvement rejeté par votre banque
Le prélèvement relatif à la facture {inv} ({amount}) a été [rejeté|retourné impayé] par votre banque.
[Merci de nous virer ce montant, majoré des frais de rejet, sous {days} jours sur l'IBAN {iban}.|Merci
+ d'effectuer un virement sur l'IBAN {iban} en rappelant la référence {inv}.]
[Si vos coordonnées bancaires ont changé, merci de nous retourner un nouveau mandat SEPA.|Merci de vérifier
+ que vos coordonnées bancaires sont toujours à jour.]
# Paiement partiel reçu | Solde restant sur la facture {inv} | Reste à payer facture {inv}
Merci pour votre règlement de la facture {inv}. [Toutefois, nous n'avons reçu qu'une partie du montant.|Il
+ semble qu'une somme ait été déduite.]
[Il reste {amount} à régler.|Un solde de {amount} reste dû.] [Si cette déduction est volontaire, merci de nous
+ en indiquer la raison.|Merci de régler le solde avant le {due}.]
# Mise en demeure – facture {inv} | Mise en demeure de payer | Dernier avis avant procédure
Malgré nos précédentes relances, la facture {inv} du {date} d'un montant de {amount} demeure impayée.
Par la présente, nous vous mettons en demeure de régler cette somme, majorée des pénalités de retard et de
+ l'indemnité forfaitaire de 40 € pour frais de recouvrement, sous {days} jours.
À défaut, nous engagerons une procédure de recouvrement judiciaire sans autre avis. [Tous les frais seront à
+ votre charge.|Les frais de procédure vous seront intégralement refacturés.]
# Échéancier possible | Facture {inv} – pouvons-nous vous aider ? | Solde dû – mise en place d'un échéancier
Nous constatons que la facture {inv} ({amount}) reste impayée depuis le {due}.
[Si un règlement en une seule fois vous pose difficulté, nous pouvons convenir d'un échéancier.|En cas de
+ difficulté passagère, nous pouvons étaler le paiement sur {n} mois.]
[N'hésitez pas à m'appeler pour trouver une solution.|Faites-nous simplement une proposition par retour de
+ mail.]
# Suspension de votre service le {date} | Facture {inv} impayée – suspension | Action requise pour conserver
+ votre service
La facture {inv} relative à votre [abonnement|hébergement|licence logicielle] est échue depuis {days} jours.
[Sans règlement de {amount} d'ici le {date}, nous serons contraints de suspendre votre service.|Pour éviter
+ toute interruption de service, merci de régler {amount} avant le {date}.]
[Si vous avez déjà payé, merci de nous envoyer un justificatif.|Pour toute question, contactez notre service
+ comptabilité.]

## supplier_message
# Hausse de prix au {date} | Nouvelle grille tarifaire | Nouveaux tarifs
En raison de la hausse des coûts, nos prix augmenteront de {percent} % à partir du {date}.
[La nouvelle liste de prix est jointe.|Les commandes passées avant le {date} seront livrées à l'ancien
+ tarif.]
# Changement de coordonnées bancaires | Nouveau compte bancaire | Important : nos coordonnées bancaires
+ ont changé
Veuillez noter que nos coordonnées bancaires ont changé. [Merci d'effectuer désormais vos paiements sur
+ l'IBAN {iban}.|Notre nouvel IBAN est {iban}.]
[Merci de mettre à jour votre fichier fournisseurs.|Les factures déjà émises restent valables.]
# Fermeture pour congés | Bureaux fermés pendant les fêtes
Nos bureaux et notre entrepôt seront fermés à partir du {date} [pendant deux semaines|pendant les fêtes].
[Les commandes reçues pendant cette période seront traitées ensuite.|Merci de passer vos commandes
+ urgentes avant le {date}.]
# Retard de livraison | Retard sur la commande {po}
Malheureusement, la commande {po} sera retardée [d'environ {n} jours|jusqu'au {date}] en raison [de
+ difficultés d'approvisionnement|d'une pénurie de {product}].
[Veuillez nous excuser pour ce désagrément.|Nous vous tiendrons informés.]
# Confirmation de commande {po} | Nous confirmons votre commande {po}
Merci pour votre commande {po}. [Nous confirmons la livraison le {date}.|La marchandise sera expédiée
+ sous {days} jours.]
# Votre commande a été expédiée | Expédition de la commande {po}
Votre commande {po} a été expédiée par {carrier}. [Le numéro de suivi est {track}.|Suivi : {track}.]
[Livraison prévue : {date}.|La livraison prend généralement {n} jours ouvrés.]
# Nouveau catalogue | Article arrêté : {product} | Changement d'adresse
[Notre nouveau catalogue est disponible.|{product} ne sera plus disponible à partir du {date} ; le
+ modèle suivant est disponible dès maintenant.|Le {date}, nous déménageons dans de nouveaux locaux à
+ {city}.]
[Votre chargé de clientèle vous contactera.|N'hésitez pas à nous contacter pour toute question.]
# Nouvel interlocuteur | Changement de chargé de clientèle | Votre nouveau contact chez {company}
[À compter du {date}|Dès le mois prochain], {colleague} reprendra le suivi de votre compte, car je [change de
+ poste|quitte l'entreprise].
[{colleague} connaît déjà bien votre dossier|J'ai fait le point avec {colleague} sur toutes les commandes en
+ cours] : rien ne change donc pour vous. [Je vous le présenterai lors d'un appel la semaine prochaine.|Merci
+ pour ces années de collaboration.]
# Rappel produit lot {n}{n}{n} | Avis de sécurité | Important : vérifiez votre stock
Nous avons détecté [un défaut de qualité|un risque potentiel pour la sécurité] sur un lot [de dalles LED|de
+ fauteuils de bureau|de câble électrique|de chaussures de sécurité] livré [depuis le {date}|depuis {month}].
[Merci de cesser immédiatement d'utiliser les articles de ce lot et de les mettre de côté.|Merci de vérifier
+ votre stock pour le lot n° {n}{n}{n} et de ne pas revendre ces articles.]
Nous reprendrons et remplacerons gratuitement les articles concernés. [Un formulaire de retour est
+ joint.|Notre service client vous contactera pour organiser l'enlèvement.]
# Nouveaux jours de livraison à partir du {date} | Changement de nos tournées | Nouvelle heure limite de
+ commande
À partir du {date}, nous livrerons le secteur de {city} [le mardi et le jeudi|uniquement le {weekday}] au lieu
+ de tous les jours.
[Les commandes reçues avant 14h continueront d'être expédiées le jour même.|L'heure limite de commande passe à
+ midi la veille de la livraison.] [Merci d'en tenir compte pour vos commandes.|Vos commandes permanentes
+ seront ajustées automatiquement.]
# Nous changeons de nom | {company} rejoint un nouveau groupe | Important : changement de raison sociale
Nous avons le plaisir de vous annoncer que [{company} a été racheté par un groupe plus important|nous avons
+ fusionné avec une société partenaire] à compter du {date}.
[Notre raison sociale va changer, mais vos interlocuteurs, prix et conditions restent les mêmes.|Pour
+ l'instant, rien ne change pour vous : continuez à commander comme d'habitude.]
[Les nouvelles coordonnées de facturation vous seront communiquées séparément.|Vous recevrez nos nouvelles
+ informations légales avant le changement.]
# Allocation suite à pénurie | Disponibilité limitée | Point sur les approvisionnements
En raison de [la pénurie mondiale de matières premières|difficultés d'approvisionnement persistantes], nous ne
+ pourrons livrer que des quantités limitées [de tube cuivre|de commutateurs réseau|de papier A4|de cartons
+ d'expédition] dans les mois à venir.
[Les volumes seront répartis en fonction de vos achats moyens de l'année passée.|Jusqu'à nouvel ordre, nous
+ livrerons au maximum {n} unités par commande.] [Nous reviendrons vers vous dès que la situation
+ s'améliorera.|Merci de votre compréhension.]
# Nouvelles conditions générales de vente | CGV applicables à partir du {date} | Modification de nos
+ conditions de livraison
À partir du {date}, nos nouvelles conditions générales [de vente|de livraison] s'appliqueront à toutes les
+ commandes.
Les principales modifications portent sur [les délais de paiement, qui passent à {days} jours|le minimum de
+ commande et les frais de port|la responsabilité et les retours].
[Le texte complet est joint.|Vous trouverez les nouvelles conditions en pièce jointe.] [Pour toute question,
+ contactez votre chargé de clientèle.|Toute commande passée après le {date} vaut acceptation des nouvelles
+ conditions.]
# Passage à {city} le {date} | Un rendez-vous ? | Présentation de notre nouvelle gamme
Je serai à {city} [le {date}|la semaine du {date}] et je passerais volontiers vous présenter notre nouvelle
+ gamme [de mobilier de bureau|d'éclairage LED|de vêtements de travail|d'emballages].
[Le {weekday} matin vous conviendrait-il ?|Auriez-vous une demi-heure à m'accorder ?] [Je peux apporter des
+ échantillons.|Nous pourrions aussi faire le point sur vos prévisions pour l'an prochain.]

## internal
# Réunion d'équipe déplacée | Réunion {weekday} | Report : réunion hebdomadaire
La [réunion d'équipe|réunion hebdomadaire] est déplacée à {weekday} à {time} en salle {room}.
[Merci d'apporter vos chiffres de {month}.|Dites-moi si vous ne pouvez pas venir.]
# Demande de congé | Congé le {date}
Je souhaiterais prendre [un jour de congé|des vacances] le {date}. [{colleague} me remplacera.|Est-ce
+ que cela te convient ?]
# Peux-tu vérifier cette facture avant paiement ? | Validation nécessaire : facture {inv}
Peux-tu vérifier la facture {inv} de {company} avant que je la [valide|paie] ? [Elle semble plus élevée
+ que d'habitude.|Je ne suis pas sûr que le travail ait été fait.]
# Valider le bon de commande {po} | BC {po} en attente de validation
Le bon de commande {po} pour {product} attend ta validation dans le système. [Le budget est respecté.|Il
+ dépasse mon plafond.]
# Maintenance informatique ce soir | Systèmes indisponibles {weekday}
Le [serveur de messagerie|système ERP|réseau] sera indisponible {weekday} à partir de {time} pour
+ maintenance.
[Pensez à enregistrer votre travail avant de partir.|Désolé pour la gêne.]
# Déjeuner {weekday} ? | Bienvenue à {colleague} | Nouvelles du bureau
[On déjeune ensemble {weekday} ?|Merci d'accueillir {colleague}, qui rejoint la comptabilité le
+ {date}.|La cuisine sera nettoyée {weekday} ; merci de vider le frigo.]
# Rapport mensuel | Chiffres de {month}
Merci de m'envoyer [tes chiffres|le rapport des ventes|les notes de frais] de {month} avant {weekday}.
[J'en ai besoin pour le conseil d'administration.|Merci pour ton aide.]
# Compte rendu de la réunion | Actions à mener {weekday} | CR réunion {month}
Petit récap de la réunion de [ce matin|cet après-midi] : {colleague} relance les factures impayées des plus
+ gros clients et la nouvelle grille tarifaire part le {date}.
[Le budget prévu pour {month} reste inchangé.|Les achats demandent de nouveaux devis pour {product}.]
+ Prochaine réunion : {weekday} à {time}, salle {room}.
[Dites-moi si j'ai oublié quelque chose.|Merci de regarder vos actions d'ici là.]
# Malade | Absent aujourd'hui | Arrêt maladie
Je suis [malade|cloué au lit avec de la fièvre|pris d'une grosse migraine] et ne viendrai pas aujourd'hui.
+ [J'envoie l'arrêt de travail dès que possible.|{colleague} sait où en sont mes dossiers.]
# Hausse de prix fournisseur – alternatives ? | Notre fournisseur de {product} | Que faire des retards de
+ livraison ?
[Notre fournisseur de {product} annonce encore une hausse de {percent} %.|Le fournisseur de {product} a livré
+ en retard trois fois de suite.]
[On consulte d'autres fournisseurs ?|On en parle {weekday} pour décider si on continue avec eux ?] [J'ai mis
+ les chiffres dans le dossier partagé.|Les achats pensent qu'on peut obtenir de meilleures conditions
+ ailleurs.]
# Attention : e-mails de phishing | Info DSI : ne cliquez pas sur ces liens | Méfiez-vous des fausses factures
Message de la DSI : [une vague d'e-mails de phishing est en cours|plusieurs collègues ont reçu de fausses
+ factures par e-mail], en apparence envoyés par [un fournisseur|notre banque|Microsoft].
[Ne cliquez sur aucun lien et n'ouvrez aucune pièce jointe d'un e-mail inattendu.|Ne saisissez jamais votre
+ mot de passe sur une page ouverte depuis un lien reçu par e-mail.] [En cas de doute, transférez l'e-mail au
+ support informatique.|Si vous avez déjà cliqué, appelez tout de suite le support.]
# Train et hôtel pour {city} | Déplacement le {date} | Tu peux réserver mon déplacement ?
Tu pourrais me réserver [un billet de train|un vol] pour {city} le {date} ? [Je rentre le lendemain, donc un
+ hôtel près du bureau pour une nuit serait parfait.|Je rentre le soir même, donc pas besoin d'hôtel.] [Le
+ code projet est {n}{n}{n}.|À imputer sur le budget commercial.]
# Un client a appelé pour la commande {po} | Merci de rappeler | Message téléphonique
Un client a appelé pendant ton absence au sujet de la commande {po}. [Il veut savoir quand elle sera
+ livrée.|D'après elle, une partie de la livraison manque.]
[Tu peux le rappeler avant {time} ?|Je lui ai dit que tu le recontacterais aujourd'hui.] [Le numéro est dans
+ le CRM.|Je t'ai transféré son e-mail.]
# Clôture mensuelle | Date limite factures {month} | Rappel : notes de frais avant le {date}
Pour la [clôture mensuelle|clôture trimestrielle], merci de [remettre toutes les factures fournisseurs et
+ notes de frais du mois ({month})|valider toutes les factures en attente dans le système] au plus tard le
+ {date}.
[Tout ce qui arrivera après sera comptabilisé sur la période suivante.|Les commissaires aux comptes arrivent
+ {weekday}, donc merci d'être à l'heure.] Merci !

## spam
#! Félicitations ! Vous avez gagné | Vous êtes notre gagnant | Réclamez votre prix
Félicitations ! Votre adresse e-mail a été tirée au sort lors de notre loterie [annuelle|internationale]
+ et vous avez gagné {prize}.
Pour recevoir votre gain, [envoyez-nous votre nom et vos coordonnées bancaires|cliquez ici : {url}].
Cette offre expire dans 48 heures.
#! Médicaments pas chers | Meilleurs prix pharmacie | -80 % sur tout
Achetez [Viagra, Cialis|des antidouleurs|des pilules minceur] en ligne sans ordonnance ! [Livraison
+ discrète.|Prix les plus bas garantis.]
Commandez maintenant : {url}
#! Votre compte a été suspendu | Alerte de sécurité : vérifiez votre compte | Connexion inhabituelle
Nous avons détecté une activité inhabituelle sur votre compte. [Vérifiez votre identité sous 24 heures
+ pour éviter la suspension.|Votre boîte mail sera supprimée si vous ne confirmez pas votre mot de passe.]
[Cliquez ici pour vérifier : {url}|Connectez-vous ici : {url}]
#! Facture impayée – payez maintenant | Avis de paiement en attente | Votre facture est disponible
Cher client, votre facture est en retard. [Consultez et payez votre facture ici : {url}|Téléchargez la
+ facture : {url}]
Sans paiement, [des poursuites seront engagées|des frais supplémentaires seront appliqués].
#! Gagnez de l'argent depuis chez vous | Gagnez 5000 € par semaine | Opportunité crypto
[Gagnez des milliers d'euros depuis chez vous grâce à cette astuce.|Notre robot bitcoin a fait 300 % le
+ mois dernier.] [Aucune expérience requise !|Places limitées !]
Inscrivez-vous dès aujourd'hui : {url}
#! Référencement de votre site | Première page Google | Classement de votre site
J'ai [consulté|analysé] votre site et il est mal référencé sur Google. Nous vous plaçons en première
+ page [en 30 jours|garanti].
Répondez à cet e-mail pour un audit gratuit.
#! Proposition d'affaires | Héritage confidentiel | Besoin d'aide urgent
Je suis [avocat|directeur de banque] et j'ai besoin de votre aide pour transférer {prize} à l'étranger.
+ Vous recevrez 30 % des fonds.
Merci de répondre [en toute confidentialité|de toute urgence] avec votre numéro de téléphone.
#! Votre colis n'a pas pu être livré | Échec de livraison – action requise | Votre colis est en attente
Nous avons tenté de livrer votre colis aujourd'hui, mais [les frais de douane n'ont pas été réglés|l'adresse
+ était incomplète].
[Programmez une nouvelle livraison et réglez les frais de 1,99 € ici : {url}|Confirmez votre adresse et payez
+ les frais de livraison ici : {url}] Sans action de votre part sous 48 heures, le colis sera retourné à
+ l'expéditeur.
#! Demande urgente | Êtes-vous à votre bureau ? | Confidentiel
Êtes-vous disponible ? J'ai besoin que vous vous occupiez aujourd'hui [d'un virement urgent|d'un paiement
+ confidentiel].
[Je suis en réunion et ne peux pas téléphoner.|Il s'agit d'une acquisition, cela doit rester entre nous pour
+ le moment.] Répondez-moi au plus vite par e-mail et je vous transmettrai les détails.
#! Un document a été partagé avec vous | {company} vous a envoyé un fichier | Partagé :
+ Coordonnees_paiement.pdf
[{company} a partagé un document avec vous via OneDrive.|Vous avez reçu un document sécurisé via DocuSign.]
[Afficher le document : {url}|Ouvrir le fichier ici : {url}] Vous devrez vous connecter avec le mot de passe
+ de votre messagerie pour le consulter.
#! Vos droits CPF expirent | Dernier rappel : votre solde formation | Formation 100 % financée
Votre solde CPF de [1 500 €|2 800 €] arrive à expiration. [Utilisez-le avant la fin du mois pour une formation
+ entièrement financée.|Sans action de votre part, vos droits seront définitivement perdus.]
Vérifiez vos droits ici : {url}
#! Votre nom de domaine expire | Dernier avis : renouvellement de domaine | Renouvelez votre domaine
+ maintenant
Votre nom de domaine [arrive à expiration|va être supprimé]. Sans renouvellement, [il pourra être enregistré
+ par un tiers|votre site et vos e-mails cesseront de fonctionner].
Renouvelez dès maintenant sur {url} pour ne pas perdre votre présence en ligne. [Ceci est le dernier
+ avis.|Agissez aujourd'hui.]
#! Prêt professionnel accordé | Financement rapide sans justificatif | Jusqu'à 250 000 € dès aujourd'hui
Besoin de trésorerie pour votre entreprise ? [Obtenez un prêt jusqu'à 250 000 € à seulement 2 %.|Votre prêt
+ professionnel pré-accordé vous attend.] [Sans justificatif, sans paperasse !|Fonds versés sous 24 heures.]
Faites votre demande : {url}
#! Avis de remboursement | Vous êtes éligible à un remboursement d'impôt | Remboursement : {amount}
Après le dernier calcul annuel de votre activité fiscale, vous êtes éligible à un remboursement d'impôt de
+ {amount}.
Pour recevoir votre remboursement, [remplissez le formulaire|confirmez vos coordonnées bancaires] ici : {url}
[Les demandes non envoyées sous 3 jours seront annulées.|Le traitement prend de 3 à 5 jours ouvrés.]

## other
#! Newsletter {month} | Notre lettre d'information de {month} | Actualités de {company}
[Dans ce numéro|Ce mois-ci] : nouveaux produits, événements à venir et conseils pour votre entreprise.
[Lire la newsletter en ligne : {url}|Plus d'articles sur notre blog : {url}]
Vous recevez cet e-mail car vous êtes abonné à notre newsletter. Se désabonner : {url}
#! Réponse automatique : absence | Absent du bureau | Réponse automatique
Merci pour votre message. Je suis absent jusqu'au {date} inclus avec un accès limité à mes e-mails.
[Pour toute urgence, merci de contacter {colleague}.|Je vous répondrai dès mon retour.]
#! Invitation : {event} | Vous êtes invité à {event} | À vos agendas : {event}
Nous avons le plaisir de vous inviter à {event} le {date} à {city}.
[Inscrivez-vous dès maintenant : {url}|Places limitées – inscription avant le {date}.]
# Candidature | Candidature spontanée | Réponse à votre offre d'emploi
Je me permets de vous adresser ma candidature pour le [poste de comptable|poste dans votre équipe
+ logistique|stage] publié sur votre site.
[Vous trouverez mon CV en pièce jointe.|J'ai {n} ans d'expérience.] Dans l'attente de votre réponse.
#! Réinitialisation du mot de passe | Réinitialisez votre mot de passe | Votre code de connexion
Nous avons reçu une demande de réinitialisation de votre mot de passe. [Utilisez ce lien : {url}|Votre
+ code est {n}{n}{n}{n}.]
Si vous n'êtes pas à l'origine de cette demande, ignorez cet e-mail.
#! Votre avis nous intéresse | Enquête de satisfaction | Comment était-ce ?
Merci pour [votre visite|votre séjour|votre participation à {event}]. Prenez deux minutes pour répondre
+ à notre enquête : {url}
# Prendre des nouvelles | Un café la semaine prochaine ? | Ravi de vous avoir rencontré à {event}
Ravi d'avoir fait votre connaissance à {event}. [Un café la semaine prochaine ?|Restons en contact.]
[Je serai à {city} le {date}.|N'hésitez pas à m'appeler.]
# Question à la communauté | Retours d'expérience sur la facture électronique ? | Besoin de conseils
Petite question à la communauté : quelqu'un a-t-il déjà [changé de logiciel de comptabilité|mis en place la
+ facturation électronique|embauché son premier salarié] ?
Nous sommes une petite [boulangerie|agence d'architecture|agence web] à {city} et [j'aimerais savoir ce qui a
+ marché pour vous|nous ne savons pas trop par où commencer].
Merci d'avance pour vos conseils !
# Pot {weekday} ! | Pot de départ | Vous êtes invités
[Le {date} sera mon dernier jour|C'est mon anniversaire] et j'aimerais fêter ça autour [d'un verre|d'un petit
+ buffet] {weekday} à partir de {time}. [Les conjoints sont les bienvenus !|Dites-moi si vous venez.]
#! Inscription confirmée | Votre billet | Vous êtes inscrit
Votre inscription est confirmée pour l'événement suivant : {event}, le {date}. [Votre billet est joint à cet
+ e-mail.|Merci de présenter votre confirmation, imprimée ou sur votre téléphone.]
[Accueil à partir de {time}.|Début du programme à {time}.] [Ajouter à votre agenda : {url}|Un empêchement ?
+ Annulez ici : {url}]
# Demande de sponsoring | Soutien à notre club | Sponsoriseriez-vous notre équipe de jeunes ?
Je vous écris au nom [de notre club de foot|d'un orchestre de jeunes|d'une course solidaire] ici à {city}.
+ [Nous recherchons des entreprises locales pour financer|Nous collectons des fonds pour] [de nouveaux
+ maillots pour les jeunes|notre tournée d'été].
[Les sponsors ont leur logo sur notre site et nos maillots.|Même une petite contribution nous aiderait
+ beaucoup.] [Puis-je vous appeler la semaine prochaine pour vous en dire plus ?|Je peux aussi passer vous
+ voir.]
#! {sender} a consulté votre profil | Vous avez {n} nouvelles notifications | {sender} souhaite rejoindre
+ votre réseau
[{sender} et {n} autres personnes ont consulté votre profil cette semaine.|Vous avez {n} nouvelles
+ invitations.|{sender} a recommandé vos compétences en Gestion de projet.] [Découvrez qui s'intéresse à vous
+ : {url}|Voir toutes les nouveautés : {url}]
Vous recevez ces notifications par e-mail. Se désabonner : {url}
#! Mise à jour de notre politique de confidentialité | Nous modifions nos conditions | Changements importants
Notre politique de confidentialité évolue à compter du {date}. [Elle explique plus clairement comment nous
+ utilisons vos données.|Rien ne change dans le traitement de vos données, le texte est simplement plus
+ clair.]
[Consultez la nouvelle version ici : {url}|Vous n'avez rien à faire.] En continuant à utiliser nos services
+ après le {date}, vous acceptez la nouvelle politique.
# Questionnaire pour mon mémoire | Enquête étudiante – 5 minutes de votre temps ? | Demande d'entretien
Je suis étudiant [en école de commerce|en master logistique] à {city} et je rédige mon mémoire sur [la
+ digitalisation des PME|les chaînes d'approvisionnement durables].
[Accepteriez-vous de répondre à un court questionnaire ? Cela prend environ {n} minutes.|Pourrais-je
+ interroger une personne de votre entreprise pendant une demi-heure ?] [Toutes les réponses sont
+ anonymes.|Votre aide me serait très précieuse.]
"""
