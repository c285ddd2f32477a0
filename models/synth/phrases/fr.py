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
"""
