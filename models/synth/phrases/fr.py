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
# Facture récapitulative {month} | Relevé de livraisons et facture {inv} | Facture {inv} – livraisons de
+ {month}
Comme chaque mois, nous vous adressons notre facture récapitulative {inv} regroupant [l'ensemble des
+ livraisons|les {n} bons de livraison] de {month}.
[Chaque bon de livraison y est rappelé avec votre numéro de commande.|Le détail par bon de livraison figure en
+ annexe.]
[Montant total : {amount}, payable au plus tard le {due}.|Le total de {amount} sera prélevé le {due},
+ conformément à votre mandat SEPA.]
[Merci de nous signaler sous huit jours tout écart avec vos réceptions.|Bonne réception.]
# Intervention du {date} – facture {inv} | Facture SAV {inv} | Votre dépannage à {city} : facture
Suite à l'intervention de notre technicien [le {date}|ce {weekday}] sur votre site de {city}, veuillez trouver
+ ci-joint la facture {inv}.
Elle comprend [le déplacement, {n} heures de main-d'œuvre et les pièces remplacées|le forfait de dépannage et
+ les pièces détachées], l'appareil n'étant plus couvert par [la garantie|votre contrat de maintenance].
[Le bon d'intervention signé sur place est joint.|Vous trouverez le rapport d'intervention en annexe.] Montant
+ à régler : {amount}, [à {days} jours|avant le {due}].
# Facture {inv} – communication structurée | Facture {inv} avec QR-facture | Votre facture {inv} – référence
+ de paiement
Ci-joint notre facture {inv} d'un montant de {amount}, payable [pour le {due}|à {days} jours date de facture]
+ sur le compte {iban}.
[Merci d'utiliser impérativement la communication structurée indiquée sur la facture, afin que votre paiement
+ soit lettré automatiquement.|La facture comporte une section paiement avec code QR : il vous suffit de la
+ scanner avec votre application bancaire.]
[Bonne journée.|Merci d'avance.]
# Location de matériel – facture {inv} | Facture location du {date} | Fin de location : facture {inv}
Suite à la restitution [du chariot élévateur|de l'échafaudage|du groupe électrogène|de la nacelle] le {date},
+ veuillez trouver ci-joint la facture {inv} pour {n} jours de location.
[Le transport aller et retour est inclus.|Les frais de livraison et de reprise y figurent séparément.] [Aucun
+ dommage n'a été constaté au retour : votre caution vous sera restituée sous {days} jours.|Le carburant
+ consommé a été facturé au tarif en vigueur.]
Montant : {amount}, échéance le {due}.

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
# Annulation de la facture {inv} – TVA | Facture {inv} : erreur de TVA | Avoir {cn} – autoliquidation
Notre facture {inv} a été établie par erreur avec TVA, alors que [la livraison intracommunautaire en est
+ exonérée|l'autoliquidation s'applique à cette opération].
Nous l'annulons intégralement par l'avoir {cn} ci-joint, d'un montant de {amount}.
[Une nouvelle facture hors taxe vous parviendra séparément.|Vous recevrez la facture corrigée, sans TVA, dans
+ les prochains jours.] [Si vous avez déjà réglé, nous compenserons la différence.|Merci de ne pas régler la
+ facture initiale.]
# Annulation de la formation du {date} | Remboursement de votre inscription | Avoir {cn} – session annulée
[Faute d'un nombre suffisant de participants|En raison de l'indisponibilité du formateur], nous avons dû
+ annuler [la formation|l'atelier|la session] du {date}, ce que nous regrettons vivement.
Les frais d'inscription vous sont intégralement remboursés : l'avoir {cn} de {amount} annule la facture {inv}.
[Le virement sera effectué sous {days} jours.|Vous pouvez aussi conserver ce montant pour une prochaine
+ session.]
# Frais de port facturés à tort | Commande {po} – frais de port | Petit avoir {cn}
Tu avais raison : les frais de port de la commande {po} n'auraient pas dû être facturés, la commande dépassait
+ le franco.
Voici l'avoir {cn} de {amount}. [Désolé pour l'erreur !|Je l'ai signalé à la facturation pour que ça ne se
+ reproduise pas.]
#! Régularisation de vos consommations | Décompte annuel : solde en votre faveur | Avoir de régularisation
+ {cn}
Votre décompte annuel [d'électricité|de gaz|d'eau] pour le site de {city} a été établi sur la base du relevé
+ du {date}.
Votre consommation réelle étant inférieure aux acomptes facturés, le solde est en votre faveur : avoir de
+ régularisation {cn}, montant {amount}.
[Ce montant sera remboursé sous {days} jours sur le compte bancaire enregistré dans votre contrat.|Ce montant
+ sera déduit de vos prochaines factures d'acompte.] [Vos acomptes mensuels ont été adaptés en
+ conséquence.|Retrouvez le détail de votre consommation dans votre espace client.]

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
# Confirmation de notre commande téléphonique | Commande {po} – suite à notre appel | Confirmation écrite
+ commande {po}
Comme convenu au téléphone [ce matin|tout à l'heure], je vous confirme par écrit notre commande :
{items}
[Notre référence : {po}.|Merci de reporter notre numéro {po} sur vos documents.] [Nous passerons enlever la
+ marchandise à votre dépôt le {date}.|Aux prix que vous m'avez indiqués, bien entendu.]
# Livraison directe chez notre client | Commande {po} – livraison en direct | Commande {po} : expédition
+ directe à {city}
Veuillez trouver ci-joint notre commande {po} pour {n} x {product}.
Merci de livrer directement [chez notre client à {city}|sur le chantier de notre client à {city}] ; l'adresse
+ complète et le contact sur place figurent sur le bon de commande.
[Merci d'utiliser un bon de livraison neutre, sans prix ni mention de votre société.|Aucun prix ne doit
+ apparaître sur les documents qui accompagnent la marchandise.] La facture est à nous adresser, comme
+ d'habitude.
# Commande d'essai {po} | Première commande – série test | Commande test : {product}
Avant de nous engager sur des volumes plus importants, nous souhaitons passer une commande d'essai de {n} x
+ {product}.
Le bon de commande {po} est joint. [Si les essais sont concluants, nous prévoyons environ {n}00 unités par
+ an.|Merci de joindre les fiches techniques et le certificat de conformité à la livraison.]
[Merci de nous confirmer le délai.|Pourriez-vous livrer avant le {date} ?]
# Commande {po} – livraison en Suisse | Commande {po} : documents d'exportation | Nouvelle commande, livraison
+ à Genève
Ci-joint notre commande {po}, à livrer sur notre site de Genève.
Merci de joindre à l'envoi [une facture commerciale en trois exemplaires|la facture et la déclaration
+ d'origine] pour le dédouanement, et d'indiquer [notre numéro IDE|notre numéro de TVA suisse] sur tous les
+ documents.
[Livraison DAP, dédouanement à notre charge.|Les droits de douane et la TVA à l'importation sont à notre
+ charge ; merci de choisir un transporteur qui s'occupe des formalités.] [Merci de nous confirmer la date
+ d'expédition.|Dites-moi s'il vous manque quelque chose.]

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
# Recommande de {product} – prix actuels ? | Même commande que l'an dernier | Vos prix sont-ils toujours
+ valables ?
Nous souhaitons recommander {product}, comme lors de notre commande {po} [de l'an dernier|de {month}].
[Les prix de l'époque sont-ils toujours valables, ou pouvez-vous nous faire une nouvelle offre ?|Pourriez-vous
+ nous envoyer une offre actualisée ?] Cette fois, il nous en faudrait {n}00.
[Merci de préciser le délai actuel.|Nous aimerions être livrés avant le {date}.]
# Objets personnalisés pour {event} | Devis goodies avec logo | Demande de prix – articles publicitaires
Pour {event}, nous cherchons {n}00 [stylos|mugs|sacs en toile|clés USB] personnalisés avec notre logo.
Pourriez-vous nous faire une offre [avec les différentes options de marquage|pour un marquage une couleur et
+ un marquage quadri] ? [Le logo en vectoriel est joint.|Nous vous enverrons le logo en vectoriel.]
[Il nous les faudrait au plus tard le {date} : est-ce réaliste, BAT compris ?|Merci d'indiquer le délai de
+ fabrication après validation du BAT.]
# Séminaire du {date} – traiteur | Devis buffet pour {n}0 personnes | Demande de devis : déjeuner d'entreprise
Nous organisons [un séminaire|une journée clients|notre fête du personnel] le {date} dans nos locaux de
+ {city}, pour environ {n}0 personnes.
Pourriez-vous nous proposer [un buffet froid pour le déjeuner et deux pauses café|un cocktail dînatoire] ?
+ [Prévoir quelques plats végétariens et sans gluten.|Le service et la vaisselle doivent être inclus.]
Merci de nous indiquer un prix par personne [avec et sans boissons|hors boissons].
# Cotation transport {n} palettes | Demande de tarif transport | Prix pour un enlèvement le {date}
Pourriez-vous nous coter le transport de {n} palettes (environ {n}00 kg) de notre site de {city} vers
+ [Bruxelles|Lausanne|Strasbourg|Nantes], avec enlèvement le {date} ?
[Hayon nécessaire à la livraison, pas de quai sur place.|Livraison sur rendez-vous, entre 8h et 12h.] [Merci
+ d'indiquer le délai de transit.|Pourriez-vous aussi nous faire un prix pour un enlèvement hebdomadaire ?]
# Renouvellement de notre parc informatique | Devis postes de travail et installation | Demande d'offre –
+ informatique
Nous souhaitons remplacer [{n} postes de travail|nos {n} ordinateurs portables] ainsi que [notre serveur|notre
+ NAS], qui arrivent en fin de vie.
Pourriez-vous nous faire une offre comprenant le matériel, l'installation [et la migration des données|et un
+ contrat de maintenance sur trois ans] ?
[Un passage chez nous pour faire l'état des lieux serait le bienvenu.|Nous sommes une vingtaine de personnes,
+ toutes sous Windows.] [Le budget doit être validé en comité le {date}.|Nous consultons deux autres
+ prestataires.]
# Devis déménagement | Déménagement de nos bureaux à {city} | Demande de devis – transfert de bureaux
Nous déménageons nos bureaux [à {city}|dans un nouveau bâtiment à {city}] [le {date}|courant {month}] :
+ environ {n}0 postes de travail, les archives et la salle serveur.
[Pourriez-vous passer pour évaluer le volume ?|Une visite est possible n'importe quel jour de la semaine.] [Le
+ déménagement devrait se faire un week-end pour ne pas interrompre l'activité.|Nous aurions également besoin
+ de cartons et d'un garde-meubles pendant deux semaines.]
# Demande de devis traduction | Traduction de notre catalogue | Tarif traduction FR > DE/NL
Nous avons besoin de faire traduire [notre catalogue|notre site web|nos fiches techniques] (environ {n}0
+ pages) du français vers [l'allemand et le néerlandais|l'anglais et l'allemand].
[Pourriez-vous nous indiquer votre tarif et un délai réaliste ?|Pratiquez-vous un tarif au mot ou à la page ?]
+ [Les textes sont assez techniques (machines industrielles).|Une relecture par un second traducteur est
+ souhaitée.]
# Demande de chiffrage – pièce sur plan | Usinage de {n}00 pièces | Consultation sous-traitance usinage
+ {quote}
Vous trouverez ci-joint le plan d'une pièce que nous souhaitons faire fabriquer [en acier inoxydable|en
+ aluminium], pour une série de {n}00 pièces [par an|en deux lots].
Pourriez-vous nous transmettre votre chiffrage, en précisant [le prix unitaire, les frais d'outillage et le
+ délai de la première série|les prix dégressifs selon les quantités] ?
[Tolérances et état de surface figurent sur le plan.|Un échantillon peut vous être envoyé sur demande.]
+ Référence de la consultation : {quote}.
# {n} licences de plus ? | Prix licences | Question tarif licences
Combien nous coûteraient {n} licences supplémentaires de votre logiciel [pour un an|en abonnement mensuel] ?
+ [Nous sommes une association : avez-vous un tarif réduit ?|Nous avons déjà {n}0 utilisateurs chez vous.]
+ Merci !
# Conditions revendeur | Ouverture d'un compte professionnel | Devenir revendeur de vos produits
Nous [tenons un magasin|sommes une quincaillerie|sommes un distributeur régional] à {city} et souhaiterions
+ référencer vos produits.
Pourriez-vous nous communiquer vos conditions revendeurs : [remises, minimum de commande et franco de
+ port|tarif professionnel, délais et conditions de paiement] ?
[Nous pourrions passer une première commande dès {month}.|Un catalogue et une liste de prix nous seraient très
+ utiles.]
# Devis ravalement – copropriété | Demande de devis pour l'assemblée générale | Travaux de toiture –
+ résidence à {city}
En tant que syndic de la résidence [Les Tilleuls|du Parc|Le Clos Fleuri] à {city}, je dois présenter plusieurs
+ devis à l'assemblée générale du {date} pour [le ravalement de la façade|la réfection de la toiture|le
+ remplacement des portes de garage].
[Le bâtiment compte {n} étages et une cinquantaine de lots.|Un diagnostic réalisé l'an dernier est à votre
+ disposition.] [Pourriez-vous passer faire un métré dans les prochaines semaines ?|Une visite est possible en
+ semaine, sur rendez-vous avec le gardien.]
[Merci de détailler le devis poste par poste, échafaudage compris.|Merci d'indiquer également la durée
+ prévisible du chantier.]
# Blanchisserie – demande de tarif | Location et entretien du linge | Devis linge pour notre établissement
Notre [maison de retraite|clinique|EHPAD] de {n}0 lits envisage d'externaliser l'entretien [du linge plat et
+ des tenues du personnel|du linge plat et du linge des résidents].
Pourriez-vous nous faire une proposition [en location-entretien|au kilo de linge traité], avec [deux passages
+ par semaine|un ramassage quotidien] ?
[Nous traitons actuellement environ {n}00 kg de linge par semaine.|Le marquage du linge des résidents devrait
+ être inclus.] [Le contrat pourrait débuter en {month}.|Merci de préciser vos engagements en matière
+ d'hygiène (méthode RABC).]
# Ensilage – tarif à l'hectare | Moisson cette saison | Êtes-vous disponible pour l'ensilage ?
Nous aurions [{n}0 hectares de maïs à ensiler|{n}0 hectares de blé à moissonner|des prairies à faucher et à
+ presser] [fin {month}|vers le {date}], sur la commune de {city}.
[Quel serait votre tarif à l'hectare, transport compris ?|Pourriez-vous nous faire un prix, avec et sans le
+ transport jusqu'au silo ?] [Et surtout, seriez-vous disponible à ces dates ?|Notre entrepreneur habituel a
+ arrêté son activité, d'où ma demande.]
# Réimpression de nos dépliants | Même commande que la facture {inv} ? | Devis impression – nouvelle version
Nous souhaiterions réimprimer [nos dépliants|notre catalogue|nos cartes de visite et nos enveloppes], comme
+ lors de la commande que vous nous aviez facturée sous le numéro {inv}.
Cette fois, il nous en faudrait {n}000 exemplaires, [sur papier recyclé|avec un pelliculage mat|avec deux
+ pages supplémentaires]. [Pourriez-vous nous envoyer un nouveau devis ?|Quel serait le prix, et le délai
+ après validation du BAT ?]
[Les fichiers sont prêts, seules quelques mentions changent.|Avez-vous encore les anciens
+ fichiers chez vous ?]
# Disponibilités pour un séminaire | Demande de cotation groupe | Séminaire résidentiel – {n}0 personnes
Nous organisons [un séminaire de direction|une convention commerciale|une formation résidentielle] pour {n}0
+ personnes [à partir du {date}, sur deux jours|en {month}, sur deux jours et une nuit].
Auriez-vous [des chambres individuelles|un bloc de chambres] et une salle plénière disponibles à ces dates ?
+ [Nous aurions aussi besoin de deux salles de sous-commission.|Un vidéoprojecteur et une sonorisation sont
+ indispensables.]
Merci de nous adresser une cotation en [pension complète|demi-pension], [avec vos conditions d'annulation|en
+ précisant la date limite d'option].
# Demande d'honoraires | Rédaction de nos CGV – quel budget ? | Estimation pour une mission de
+ conseil juridique
Nous souhaiterions [faire rédiger nos conditions générales de vente|faire relire nos contrats
+ fournisseurs|mettre à jour nos documents RGPD] [suite au lancement de notre boutique en ligne|avant de nous
+ développer en Belgique et en Suisse].
Pourriez-vous nous indiquer [si vous travaillez au forfait ou au temps passé|une estimation de vos honoraires]
+ pour ce type de mission ? [Une première réunion d'une heure permettrait sans doute de préciser le
+ besoin.|Nous sommes une PME d'une trentaine de salariés, dans le négoce.]
# Gardiennage de notre chantier | Devis surveillance | Agents de sécurité pour le {date}
Nous recherchons [un gardiennage de nuit pour notre chantier de {city}|deux agents de sécurité pour
+ {event}|une surveillance de nos entrepôts pendant les congés], [à partir du {date} pour environ {n}
+ semaines|le {date}, de 18h à 2h du matin].
[Une ronde avec maître-chien serait-elle envisageable ?|Faut-il prévoir un local pour vos agents ?] Merci de
+ nous envoyer [votre tarif horaire, nuits et week-ends compris|un devis global].
# Sortie scolaire – transport en car | Devis autocar pour le {date} | Prix d'un car pour {n}0 élèves
Je suis [enseignante|directeur] à l'école [primaire|communale] de {city} et nous cherchons un car pour {n}0
+ élèves et {n} accompagnateurs le {date}, [pour une sortie au zoo|pour une visite de musée|pour une
+ journée à la mer].
Départ vers 8h30, retour vers 17h. [Pourriez-vous nous indiquer le prix ?|Quel serait votre tarif, et
+ avez-vous un car disponible ce jour-là ?]
# Location longue durée – {n} utilitaires | Devis LLD véhicules de service | Renouvellement de notre flotte
Nous souhaitons renouveler [{n} véhicules utilitaires|nos {n} fourgons de service|une partie de notre flotte
+ de véhicules] et étudions une location longue durée [sur 36 ou 48 mois|sur quatre ans].
[Il nous faudrait des fourgons de taille moyenne, avec un aménagement d'atelier à l'arrière.|Nos techniciens
+ parcourent environ {n}0 000 km par an, essentiellement autour de {city}.] Pourriez-vous nous faire une offre
+ [avec entretien, pneus et assistance compris|avec et sans entretien inclus] ?
[Merci de préciser les conditions de restitution et le coût du kilomètre supplémentaire.|Une motorisation
+ électrique nous intéresse aussi, si l'autonomie le permet.]
# Étude pour des panneaux photovoltaïques | Devis centrale solaire en toiture | Autoconsommation – demande
+ d'étude
Nous envisageons d'installer des panneaux photovoltaïques sur la toiture de [notre entrepôt|notre atelier|nos
+ bâtiments] à {city}, soit environ {n}00 m² de toiture [en bac acier|en fibrociment|plate].
[L'idée serait d'autoconsommer l'essentiel de la production, car nous consommons surtout en journée.|Nous
+ hésitons encore entre l'autoconsommation et la revente totale.] Pourriez-vous [passer pour une étude de
+ faisabilité|nous faire une première estimation], avec [le coût, la production attendue et le délai
+ d'amortissement|le coût d'installation et les aides possibles] ?
[Nos factures d'électricité des douze derniers mois sont à votre disposition.|La charpente a été contrôlée
+ l'an dernier.]
# Devis assurance multirisque | Demande de tarif – responsabilité civile professionnelle | Mise en concurrence
+ de nos assurances
Notre contrat [multirisque professionnelle|de responsabilité civile|d'assurance flotte automobile] arrive à
+ échéance [le {date}|au 1er janvier] et nous souhaitons le mettre en concurrence.
[Nous sommes une PME d'une quarantaine de salariés, dans le négoce de matériaux, avec un entrepôt à
+ {city}.|Nous faisons de la maintenance industrielle, avec des interventions sur les sites de nos clients.]
+ [Vous trouverez ci-joint notre contrat actuel et le relevé de sinistres des trois dernières années.|Nous
+ n'avons déclaré qu'un seul sinistre en cinq ans.]
Pourriez-vous nous faire une proposition [à garanties au moins équivalentes|en précisant bien les franchises
+ et les exclusions] [avant le {date}|dans les prochaines semaines] ?
# Cartons d'expédition sur mesure | Devis emballages imprimés | Demande de prix – boîtes à notre logo
Pour notre boutique en ligne, nous cherchons des [cartons d'expédition sur mesure|boîtes postales en carton]
+ imprimés à notre logo, [en une couleur|en quadrichromie sur la face extérieure].
Il nous faudrait [deux|trois] formats, pour environ {n} 000 pièces par an [au total|par format], livrables en
+ plusieurs fois.
[Pourriez-vous nous indiquer le prix unitaire selon les quantités, ainsi que le coût des outils de découpe et
+ des clichés ?|Merci d'indiquer le prix, la quantité minimale de commande et le délai de fabrication.] [Un
+ carton recyclé et recyclable est indispensable pour nous.|Nous pouvons vous envoyer quelques produits pour
+ ajuster les dimensions.]
# Devis enseigne et lettrage | Enseigne pour notre nouveau magasin | Marquage de nos véhicules – demande de
+ prix
Nous ouvrons [un nouveau magasin|une agence] à {city} [en {month}|le {date}] et avons besoin d'[une enseigne
+ lumineuse en façade|une enseigne en lettres découpées et d'un lettrage sur la vitrine].
[Nous aimerions aussi faire marquer nos {n} utilitaires avec notre logo et nos coordonnées.|Une enseigne
+ drapeau, perpendiculaire à la façade, nous intéresserait également.]
[Pourriez-vous nous faire une proposition, pose et démarches d'autorisation comprises ?|Merci de nous indiquer
+ un prix, fabrication et pose comprises, ainsi que le délai.] [Le logo en vectoriel et des photos de la
+ façade sont joints.|La façade mesure environ 8 mètres de large.]
# Rayonnages pour notre entrepôt | Devis racks à palettes | Aménagement de stockage – demande d'offre
Nous souhaitons équiper [notre nouvel entrepôt|une cellule de {n}00 m² de notre entrepôt] de {city} [de racks
+ à palettes|de racks à palettes et de rayonnages légers pour le petit matériel].
Il faudrait pouvoir stocker environ {n}00 palettes [sur quatre niveaux|au format 800 x 1200], avec une hauteur
+ sous plafond de [7|9] mètres.
[Pourriez-vous venir voir les lieux et nous faire une offre, montage compris ?|Merci de nous faire une offre
+ avec le plan d'implantation, la livraison et le montage.] [L'inspection annuelle des rayonnages
+ pourrait-elle faire l'objet d'un contrat ?|Précision : nous travaillons avec des chariots à mât
+ rétractable.]
# Prix du fioul cette semaine ? | Tarif fioul – livraison à {city} | Prix pour {n}000 litres
Quel est votre prix [du fioul domestique|du GNR] pour une livraison de {n}000 litres à {city}, [cette semaine
+ si possible|avant la fin du mois] ? [La cuve est accessible en camion.|Nous sommes déjà clients chez vous.]
+ Merci !
# Bornes de recharge sur notre parking | Installation de bornes pour véhicules électriques | Demande de devis
+ IRVE
Nous envisageons d'installer [{n} bornes de recharge|des bornes de recharge] pour véhicules électriques sur le
+ parking de [nos bureaux|notre site] de {city}, [pour nos véhicules de service et ceux de nos
+ salariés|principalement pour nos visiteurs et nos clients].
[Notre tableau électrique général se trouve à une trentaine de mètres du parking.|Nous ne savons pas si notre
+ puissance souscrite actuelle sera suffisante.] [Pourriez-vous passer faire un relevé technique et nous
+ remettre une offre ?|Merci de nous indiquer le coût de l'installation et les aides auxquelles nous pourrions
+ prétendre.]
[Une solution avec badge et refacturation de la recharge aux salariés nous intéresse.|Nous souhaiterions aussi
+ un contrat de maintenance.]

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
# Facture {inv} non conforme au devis | Écart entre devis {quote} et facture {inv} | Contestation de la
+ facture {inv}
Votre facture {inv} s'élève à {amount}, alors que votre devis {quote}, que nous avions signé, prévoyait un
+ montant [nettement inférieur|inférieur de près de {percent} %].
[Aucun travail supplémentaire n'a été demandé ni accepté de notre part.|Les « suppléments » facturés ne nous
+ ont jamais été annoncés.]
Nous contestons donc cette facture et ne réglerons que le montant du devis. [Merci de nous adresser une
+ facture corrigée.|Je reste disponible pour en discuter, mais pas pour payer la différence.]
# Dégâts lors de l'intervention du {date} | Vos ouvriers ont endommagé nos locaux | Chantier laissé en mauvais
+ état
Lors de votre intervention du {date}, vos ouvriers ont [rayé le parquet de la salle de réunion|endommagé la
+ porte d'entrée|cassé une vitre de l'atelier].
[De plus, ils sont partis sans nettoyer : gravats et poussière partout.|Personne ne nous a rien signalé : nous
+ l'avons découvert le lendemain.]
[Vous trouverez les photos en pièce jointe.|Des photos sont à votre disposition.] Nous attendons que vous
+ preniez en charge la remise en état [et que vous transmettiez le dossier à votre assurance|dans les
+ meilleurs délais].
# Comportement de votre chauffeur | Livraison du {date} – chauffeur | Marchandise laissée devant la porte
La livraison de la commande {po} s'est très mal passée : le chauffeur [a refusé de décharger au quai et a
+ laissé la palette sur le trottoir|a déposé les cartons devant la porte sans faire signer personne|s'est
+ montré agressif avec notre magasinier].
[Ce n'est pas la première fois avec ce transporteur.|Nous avons dû tout rentrer à la main, sous la pluie.]
+ Merci de faire le nécessaire auprès de votre prestataire, [faute de quoi nous refuserons les prochaines
+ livraisons|et de nous confirmer que cela ne se reproduira pas].
# Baisse de qualité – {product} | Qualité de vos dernières livraisons | Lot non conforme
Depuis [vos deux dernières livraisons|quelques semaines], la qualité de {product} s'est nettement dégradée.
[Les finitions sont bâclées et plusieurs pièces présentent des défauts.|Le produit ne correspond plus à la
+ fiche technique que vous nous aviez remise.] Nos propres clients commencent à se plaindre.
[Nous avons bloqué le lot concerné et attendons votre analyse.|Merci de nous envoyer un technicien ou de
+ reprendre le lot.] [Sans amélioration rapide, nous devrons revoir notre collaboration.|Le numéro de lot
+ figure sur les photos jointes.]
# Désinscription non prise en compte | Demande de suppression de mes données | Arrêtez de m'écrire
[Je vous ai demandé à deux reprises|J'ai demandé le {date}] d'être retiré de votre liste de diffusion, et je
+ reçois pourtant toujours vos e-mails commerciaux [plusieurs fois par semaine|presque tous les jours].
Conformément au RGPD, je vous demande la suppression définitive de mes données et une confirmation écrite.
[À défaut de réponse sous un mois, je saisirai la CNIL.|Si cela continue, je déposerai plainte auprès de
+ l'Autorité de protection des données.]
# Refus de garantie contesté | {product} – garantie refusée | Contestation de votre refus de prise en charge
Vous refusez la prise en charge sous garantie de {product} au motif d'une « mauvaise utilisation », ce que je
+ conteste formellement.
[L'appareil a été utilisé strictement selon la notice.|L'appareil est tombé en panne après {n} semaines
+ d'utilisation normale.] [Votre technicien ne l'a même pas examiné sur place.|Votre rapport ne précise
+ d'ailleurs pas en quoi consisterait cette mauvaise utilisation.]
Je vous demande de revoir votre position et de procéder gratuitement [à la réparation|à l'échange], [faute de
+ quoi je ferai valoir la garantie légale de conformité|sans quoi nous saisirons un médiateur].
# Colis indiqué livré mais jamais reçu | Commande {po} non reçue | Suivi {track} : livré ?
Le suivi {carrier} ({track}) indique que notre colis a été livré le {date}, mais nous n'avons rien reçu.
[Personne chez nous n'a signé.|Notre accueil était ouvert toute la journée et aucun livreur ne s'est
+ présenté.] [Vous nous renvoyez vers le transporteur, qui nous renvoie vers vous.|Ce n'est pas à nous de
+ mener l'enquête auprès du transporteur.]
Merci de réexpédier la commande {po} [immédiatement|à vos frais] ou de nous la rembourser.
# Vos camions bloquent notre accès | Stationnement devant notre entrée | Nuisances liées à vos livraisons
Nous sommes vos voisins [dans la zone artisanale|de la rue] et, [pour la troisième fois cette semaine|une fois
+ de plus ce matin], un camion qui attendait de décharger chez vous a bloqué l'entrée de notre parking.
[Nos clients n'ont pas pu accéder au magasin pendant près d'une heure.|Un de nos camions a dû attendre {n}0
+ minutes avant de pouvoir sortir.] [Les moteurs tournent en plus au ralenti dès 5 heures du matin.|Vos
+ chauffeurs nous répondent que ce n'est pas leur problème.]
Merci de prendre rapidement des mesures ; [à défaut, nous préviendrons la police municipale|nous ne souhaitons
+ pas en arriver à une plainte].
# Formation du {date} décevante | Réclamation – formation | Demande de remboursement partiel
La formation du {date}, à laquelle nous avions inscrit {n} collaborateurs, n'a [absolument pas|pas du tout]
+ correspondu au programme annoncé.
[Le formateur est arrivé en retard et a passé la moitié du temps sur des généralités.|Les supports n'étaient
+ pas disponibles et les exercices pratiques prévus n'ont jamais eu lieu.]
[Au vu du tarif, nous demandons un remboursement au moins partiel.|Nous attendons une proposition de votre
+ part : remboursement ou nouvelle session gratuite.]
# Nettoyage de nos locaux | Prestation de nettoyage insuffisante | Contrat de nettoyage – ça ne va pas
Franchement, ça ne va plus : depuis quelques semaines, le nettoyage de nos bureaux n'est plus fait
+ correctement.
[Poubelles pas vidées, sanitaires sales, poussière sur les bureaux.|Certains soirs, personne ne passe du
+ tout.] Nous payons pourtant {amount} par mois pour cette prestation.
[J'aimerais qu'on fasse le point sur place cette semaine.|Si rien ne change d'ici la fin du mois, nous
+ résilierons le contrat.]
# Buffet du {date} | Prestation traiteur de notre séminaire | Retour sur le déjeuner du {date}
Nous avons fait appel à vous pour [le buffet de notre séminaire|le cocktail de notre journée clients|le
+ déjeuner de notre assemblée générale] du {date}, et je dois malheureusement vous dire que nous
+ avons été déçus.
[Il n'y avait pas assez pour {n}0 personnes : à 13h, les plateaux étaient déjà vides.|Les plats chauds sont
+ arrivés tièdes et le service a commencé avec quarante minutes de retard.|Les options végétariennes que nous
+ avions demandées n'avaient pas été prévues.]
[Nos invités l'ont remarqué, ce qui est assez gênant vis-à-vis de nos clients.|Ce n'est pas le niveau de
+ prestation auquel vous nous aviez habitués.]
Au vu de la facture de {amount}, [un geste de votre part nous paraîtrait normal|nous aimerions que vous nous
+ fassiez une proposition|une réduction nous semblerait justifiée].
# Brochures de la commande {po} | Tirage inutilisable | Problème sur l'impression de nos catalogues
Nous venons de recevoir les [brochures|catalogues|flyers] de la commande {po} et [les couleurs ne
+ correspondent pas du tout au BAT que nous avions validé|la coupe est de travers sur une bonne partie du
+ tirage|le logo est pixellisé sur la couverture].
[Nous ne pouvons pas distribuer ces documents sur notre stand pour {event}.|Ces documents doivent partir chez
+ nos clients la semaine prochaine et ne sont pas présentables en l'état.]
Merci de [relancer l'impression à vos frais|réimprimer l'ensemble sans frais] et de nous confirmer une
+ livraison avant le {date} ; [d'ici là, nous suspendons le règlement de cette commande|les exemplaires
+ défectueux sont à votre disposition].
# Frais de relance sur la facture {inv} | Votre relance du {date} | Pénalités de retard facturées à tort
Nous avons été surpris de recevoir [une relance accompagnée de frais de {amount}|une facture de pénalités de
+ retard|un courrier de votre service recouvrement] concernant la facture {inv}.
[Cette facture a été réglée le {date}, avant son échéance ; vous trouverez l'avis de virement en pièce
+ jointe.|Le paiement a été effectué dans les délais convenus, comme le montre l'extrait de compte ci-joint.]
[Merci d'annuler ces frais et de mettre à jour notre compte client.|Nous vous remercions de bien vouloir
+ rectifier votre relevé et d'annuler ces pénalités.] [Ce n'est pas la première fois que cela arrive.|Je
+ compte sur vous pour que cela ne se reproduise pas.]
# Nouveaux tarifs appliqués à la commande {po} | Commande {po} : prix non respectés | Écart de prix sur votre
+ facture {inv}
Votre courrier du mois dernier précisait que les commandes passées avant le {date} seraient livrées à
+ l'ancien tarif.
Or notre commande {po}, [passée bien avant cette date|que vous aviez confirmée par écrit], nous a été facturée
+ selon la nouvelle grille, [soit {percent} % de plus|soit un surcoût de {amount}].
[Nous vous demandons d'établir un avoir pour la différence.|Nous réglerons la facture {inv} au prix confirmé,
+ et pas au-delà.] [Merci de vérifier également nos autres commandes en cours.|J'imagine qu'il s'agit d'une
+ erreur de saisie, mais je préfère vous le signaler.]
# Appareil toujours en panne | Maintenance du {date} – même problème | Intervention à refaire au cabinet
Votre technicien est intervenu le {date} sur [l'autoclave|le fauteuil|la radio panoramique|le compresseur] de
+ notre cabinet [dentaire|médical|vétérinaire] et nous a assuré que tout était réglé.
[Dès le lendemain, le même message d'erreur est réapparu.|Deux jours plus tard, l'appareil est de nouveau
+ tombé en panne.] [Nous avons dû reporter plusieurs patients.|Sans cet appareil, nous ne pouvons pas
+ travailler normalement.]
[Merci de renvoyer quelqu'un en urgence ; il va de soi que ce second déplacement ne nous sera pas
+ facturé.|Nous ne réglerons pas la facture de cette intervention tant que l'appareil ne fonctionnera pas.]
# Erreurs de préparation | Taux d'erreur inacceptable | Préparation de nos commandes – ça ne peut plus durer
Depuis que vous gérez [notre entrepôt de {city}|notre logistique e-commerce|nos stocks], les erreurs de
+ préparation se multiplient : [{n}0 colis erronés la semaine dernière|mauvais articles, quantités fausses,
+ colis partis sans bon de livraison].
[Ce sont nos clients qui nous appellent, et nous n'avons rien à leur répondre.|Nous avons eu plus de retours
+ en un mois qu'en toute l'année passée.] [Le contrat prévoit un taux d'erreur inférieur à 0,5 % ; nous en
+ sommes très loin.|Cela nous coûte des clients et des frais de réexpédition.]
[Nous attendons un plan d'actions écrit d'ici {weekday}.|Nous demandons une réunion sur site la semaine
+ prochaine et appliquerons les pénalités prévues au contrat.]
# Depuis votre mise à jour du {date} | Logiciel de caisse inutilisable | Migration ratée – données manquantes
Depuis [la mise à jour|la migration] que vous avez effectuée le {date}, [notre logiciel de caisse plante
+ plusieurs fois par jour|le module de facturation ne génère plus aucun PDF|une partie de notre historique
+ clients a disparu].
[Nous avons ouvert trois tickets et personne ne nous a rappelés.|Votre hotline nous répond depuis une semaine
+ que « l'équipe est dessus ».] [Nous travaillons à la main en attendant, ce qui n'est pas tenable.|Nous ne
+ pouvons plus facturer nos clients.]
Nous vous demandons [de rétablir la situation sous 48 heures|de restaurer nos données à partir de la dernière
+ sauvegarde], [à vos frais|sans facturation supplémentaire], et de suspendre la redevance tant que le
+ problème n'est pas réglé.
# Semences – mauvaise levée | Lot de semences livré en {month} | Taux de germination très insuffisant
Les semences de [maïs|blé|betterave|colza] que vous nous avez livrées en {month} ont très mal levé : [à peine
+ la moitié des pieds sur {n}0 hectares|des manques partout dans les parcelles].
[Les conditions de semis étaient bonnes, et les parcelles voisines semées avec un autre lot sont
+ parfaites.|Notre technicien de la coopérative est passé et pense à un problème de lot.] [Nous allons devoir
+ ressemer, avec le coût et le retard que cela implique.|La récolte de cette année est compromise sur
+ ces parcelles.]
Merci de [faire passer votre technicien rapidement|nous dire comment vous comptez nous dédommager] ; [les
+ étiquettes avec le numéro de lot ont été conservées|nous tenons les sacs restants à votre disposition].
# Livraison de ce matin | Encore livrés après 10h | Tournée du {weekday}
Deuxième fois cette semaine que [le pain|les produits frais|la livraison] arrive après 10h au lieu de 6h30.
+ [Notre vitrine est restée vide toute la matinée.|On a ouvert sans rien à vendre.] [Ça ne peut pas
+ continuer.|J'attends une explication.]
# Majoration pour dépôt tardif | Déclaration de TVA déposée en retard | Pénalité de {amount} – qui la
+ prend en charge ?
Nous avons reçu [de l'administration fiscale|du SPF Finances|de l'AFC] un avis de majoration de {amount} pour
+ [la déclaration de TVA de {month}, déposée hors délai|le dépôt tardif de nos comptes annuels].
Or [vous nous aviez confirmé avoir toutes les pièces depuis le {date}|ce dépôt fait partie de la mission
+ prévue dans votre lettre de mission], et nous n'avons jamais été prévenus d'un problème.
[Nous estimons que cette pénalité doit être prise en charge par votre cabinet.|Nous souhaitons que vous
+ preniez cette majoration à votre charge et que vous sollicitiez une remise gracieuse.] [Je vous propose d'en
+ parler rapidement.|Merci de votre retour d'ici la fin de la semaine.]
# Location de la salle le {date} | Notre événement du {date} | Demande de dédommagement – salle de réception
Nous avons loué votre salle pour [notre soirée clients|notre séminaire annuel|notre arbre de Noël] du {date},
+ et plusieurs points ne correspondaient pas à ce qui était prévu au contrat.
[Le chauffage ne fonctionnait pas et nos invités ont gardé leur manteau toute la soirée.|La sonorisation a
+ lâché en plein discours de notre directeur.|La salle n'avait pas été nettoyée après l'événement de la
+ veille.] [Votre régisseur était injoignable.|Personne sur place n'a pu nous aider.]
[Vu le montant de la location ({amount}), nous vous demandons une réduction significative.|Nous souhaitons un
+ remboursement partiel et attendons votre proposition.]
# Reconduction tacite de notre contrat | Contrat de location du copieur | Contestation du renouvellement
Nous constatons que notre contrat de [location du copieur|maintenance des extincteurs|télésurveillance] a été
+ reconduit pour [un an|trois ans|cinq ans] sans que vous nous en ayez informés à l'avance, comme la loi
+ vous y oblige.
[Nous ne l'aurions jamais renouvelé à ces conditions.|Nous avions d'ailleurs dit à votre commercial que nous
+ ne souhaitions pas poursuivre.] [Votre facture {inv} porte déjà sur la nouvelle période.|Les prélèvements
+ ont repris comme si de rien n'était.]
Nous vous demandons de [prendre acte de notre résiliation avec effet immédiat|mettre fin au contrat sans
+ pénalité à la prochaine échéance] et de [venir reprendre le matériel|nous confirmer la date de reprise
+ du matériel].
# Vice caché sur le matériel d'occasion acheté le {date} | Garantie des vices cachés | Défaut grave sur
+ [le chariot élévateur|le compresseur|le camion frigorifique] d'occasion
Le [chariot élévateur|compresseur|camion frigorifique] d'occasion que nous vous avons acheté le {date}
+ présente un grave défaut : [la boîte de vitesses|le moteur|le groupe froid] a lâché après quelques
+ semaines d'utilisation normale.
[Notre garagiste est formel : le défaut existait avant la vente et ne pouvait pas être décelé lors de
+ l'essai.|L'expertise que nous avons fait réaliser montre que le problème était connu et avait été
+ masqué.]
Nous invoquons donc la garantie des vices cachés et vous demandons [la prise en charge intégrale de la
+ réparation|l'annulation de la vente et le remboursement du prix, soit {amount}].
[Le rapport d'expertise est joint.|Merci de nous faire connaître votre position sous {days} jours.]
# Marchandise non commandée | Livraison et facture {inv} : nous n'avons rien commandé | Envoi non
+ sollicité du {date}
Nous avons reçu de votre part le {date} [{n} cartons de produits d'entretien|une palette de papier A4|{n}
+ boîtes de toner], puis [quelques jours plus tard|hier] votre facture {inv} d'un montant de {amount}.
[Personne chez nous n'a passé cette commande, et votre bon de livraison ne mentionne aucun numéro de
+ commande.|Après vérification auprès de tous nos services, personne n'a commandé cette marchandise.]
[Votre système aurait « réapprovisionné » automatiquement notre compte, ce que nous n'avons jamais
+ accepté.|Votre service commercial parle d'une commande permanente, que nous avions pourtant résiliée
+ par écrit.]
[Merci de venir récupérer la marchandise à vos frais et d'annuler la facture.|La marchandise reste à
+ votre disposition ; nous ne la réglerons pas.]
# Fiche de non-conformité – commande {po} | Pièces hors tolérances | Écart qualité sur le lot livré le
+ {date}
Notre contrôle à réception a révélé que le lot de [pièces usinées|supports|pièces de fonderie|boulons
+ inox] de la commande {po} est [hors tolérances|non conforme au cahier des charges] : [alésage trop
+ grand de 0,3 mm|dureté nettement inférieure à la valeur convenue|revêtement trop mince sur {n}0 % des
+ échantillons].
[L'ensemble du lot a été mis en quarantaine et notre ligne de montage a dû être réorganisée.|Nous ne
+ l'avons découvert qu'après le montage d'une partie du lot sur des produits finis.]
[Merci de nous adresser un rapport 8D, avec l'analyse des causes et les actions correctives, sous {days}
+ jours.|Nous attendons un lot de remplacement d'ici {weekday} et une analyse écrite des causes.]
[Les frais de tri et de retouche, estimés à {amount}, vous seront refacturés.|Tous les frais de tri, de
+ retouche ou d'arrêt de ligne seront à votre charge.]
# Engagement de votre commercial non respecté | Remise convenue non appliquée – facture {inv} | Ce n'est
+ pas ce que nous avions convenu avec {colleague}
Lors de la signature de notre commande en {month}, votre commercial, {colleague}, [nous avait promis
+ l'installation et la formation gratuites|nous avait accordé une remise de lancement de {percent} %|nous
+ avait assuré que la livraison était comprise dans le prix].
[Or votre facture {inv} reprend le prix plein, et votre service administratif prétend n'avoir « aucune
+ trace » de cet accord.|Votre facture {inv} dit tout autre chose, et {colleague} ne répond plus à nos
+ appels.]
[C'est sur la base de cet engagement que nous vous avons choisis, et nous disposons de l'e-mail qui le
+ confirme.|Je suis franchement déçu du peu de cas que vous faites de la parole donnée.]
[Merci de respecter vos engagements et de nous adresser une facture rectifiée.|En attendant une facture
+ corrigée, nous ne réglerons que le montant convenu.]
# Mise en demeure – commande {po} | Commande {po} : dernier délai | Retard de livraison – mise en demeure
+ de livrer
Malgré nos nombreuses relances, la commande {po}, dont la livraison était [contractuellement prévue|ferme
+ et confirmée] pour le {date}, ne nous a toujours pas été livrée.
[Ce retard perturbe gravement notre activité et nous expose à des pénalités vis-à-vis de nos propres
+ clients.|Aucune de vos promesses de livraison successives n'a été tenue.]
Par la présente, nous vous mettons en demeure de livrer l'intégralité de la commande [sous {days} jours à
+ compter de la réception de ce courrier|au plus tard {weekday} prochain].
[À défaut, nous considérerons la commande comme résolue et nous nous réservons le droit de demander
+ réparation de notre préjudice.|Passé ce délai, nous appliquerons les pénalités de retard prévues et
+ nous nous approvisionnerons ailleurs, à vos frais.]
# Pièces non d'origine | Commande {po} : ce ne sont pas des pièces constructeur | Contrefaçons livrées à
+ la place des pièces d'origine
Nous avons commandé des [filtres|plaquettes de frein|têtes d'impression|pièces détachées] d'origine
+ constructeur (commande {po}) et les avons payés au prix des pièces d'origine.
[Nous avons reçu des copies sans marque, dans un emballage neutre.|Les pièces livrées sont manifestement
+ des imitations : aucune référence, aucun logo du fabricant et une finition grossière.]
[Leur montage ferait sauter la garantie de nos machines.|Notre prestataire de maintenance refuse de les
+ monter.]
[Merci de les reprendre et de livrer des pièces d'origine avant le {date}, ou de nous rembourser
+ intégralement les {amount}.|Sans pièces d'origine sous {days} jours, nous annulerons la commande et
+ exigerons le remboursement.]
# Infiltrations après votre intervention sur la toiture | Travaux de toiture à {city} – l'eau passe
+ toujours | Malfaçons sur notre toiture
En {month}, vos équipes ont [réparé la toiture-terrasse|refait la couverture] de notre [entrepôt|immeuble
+ de bureaux|atelier] à {city}, et votre facture {inv} a été intégralement réglée.
[Depuis les fortes pluies de la semaine dernière, l'eau s'infiltre par le plafond à {n} endroits.|Au
+ premier orage, il y avait de l'eau dans notre salle serveur, juste sous la zone où vous êtes
+ intervenus.]
[Notre couvreur habituel constate que les relevés d'étanchéité n'ont pas été correctement réalisés.|Il
+ s'agit manifestement d'une malfaçon, et non d'usure.] [Nous avons dû déplacer du stock et installer des
+ seaux.|Une partie de notre stock est perdue.]
[Nous vous demandons d'intervenir sous {days} jours pour reprendre les désordres, au titre de la garantie
+ de parfait achèvement.|Merci d'envoyer quelqu'un cette semaine ; nous vous tenons par ailleurs pour
+ responsables des dégâts des eaux et vous en adresserons la facture.]
# Litige – frais de dommages après location | Facture {inv} : des dommages que nous n'avons pas causés |
+ Contestation des frais facturés après notre location du {date}
Votre facture {inv} nous réclame {amount} pour [des « dommages » sur [l'utilitaire|le chariot
+ élévateur|le camion-benne] loué à votre agence de {city}|une bosse et un rétroviseur fissuré sur
+ l'utilitaire de location].
[Ces dommages existaient déjà au départ, comme l'indique votre propre état des lieux.|Votre agent a
+ contrôlé le véhicule au retour et l'a validé sans aucune réserve.]
[Nous avons pris des photos au départ et les tenons à votre disposition.|Personne ne nous a parlé de
+ dommages avant l'arrivée de cette facture, {n} semaines plus tard.]
[Nous contestons formellement ces frais et vous demandons d'annuler la facture.|Merci de retirer ces
+ frais ou de nous communiquer les éléments sur lesquels vous vous fondez.]
# Enlèvement de nos colis non effectué | Encore personne pour l'enlèvement | Ramasses manquées – ça
+ suffit
[Pour la troisième fois cette semaine|Une fois de plus], votre chauffeur [ne s'est pas présenté pour
+ l'enlèvement quotidien|est passé après notre fermeture], et nos colis sont restés sur le quai.
[Je tiens à vous faire part de notre vif mécontentement : {n}0 commandes clients sont parties avec un
+ jour de retard.|Nous avions promis une livraison en 24 heures à nos clients et avons dû nous excuser
+ auprès de chacun d'eux.]
[Réserver l'enlèvement en ligne ou appeler votre agence n'y change rien.|Votre agence nous explique à
+ chaque fois que le chauffeur « n'a pas eu le temps ».]
[Nous payons pour un enlèvement quotidien garanti à {time} ; si vous ne pouvez pas l'assurer, nous
+ changerons de transporteur.|Merci de m'indiquer d'ici {weekday} les mesures prises et de nous accorder
+ un dédommagement pour les enlèvements manqués.]
# Réclamation – traduction commande {po} | Traduction de notre [notice|site web|brochure] inutilisable |
+ Traduction à reprendre entièrement
La traduction [de notre notice d'utilisation|de notre brochure produits|des textes de notre site]
+ (commande {po}) [est truffée d'erreurs|ressemble fort à une traduction automatique non relue].
[Notre collègue de {city}, dont c'est la langue maternelle, a relevé des contresens techniques à presque
+ chaque page.|Plusieurs noms de produits ont été traduits mot à mot, et une consigne de sécurité dit
+ même l'inverse de l'original.]
[Nous ne pouvons pas publier ce document en l'état.|Ce texte doit être entièrement revu avant d'arriver
+ chez un client.]
[Nous vous demandons une révision complète par un traducteur qualifié, sans frais, d'ici le {date}.|En
+ attendant une version acceptable, nous suspendons le règlement de la facture {inv}.]
# Déménagement de nos bureaux le {date} | Mobilier abîmé et cartons égarés | Demande d'indemnisation
+ suite au déménagement
Le déménagement de nos bureaux [à {city}|dans nos nouveaux locaux], que vous avez effectué le {date},
+ s'est très mal passé.
[Plusieurs bureaux et une armoire ont été rayés ou cassés, et {n} cartons d'archives restent
+ introuvables.|Deux écrans sont arrivés fendus et le plan d'implantation n'a pas du tout été respecté.]
[Vos déménageurs sont en outre partis à 16h, en nous laissant terminer l'installation nous-mêmes.|Le chef
+ d'équipe a refusé de noter nos réserves sur la lettre de voiture.]
[Nous vous demandons de retrouver nos archives sous 48 heures et de nous indemniser pour le mobilier
+ endommagé.|Vous trouverez ci-joint la liste des dégâts et les photos ; merci de transmettre le dossier
+ à votre assureur et de nous faire une proposition d'indemnisation.]
# Commande {po} annulée | Livraison malgré notre annulation | Facture {inv} pour une commande annulée
Nous avons annulé la commande {po} le {date}, [et votre service client nous a confirmé l'annulation par
+ e-mail|bien dans le délai prévu par vos conditions générales].
[La marchandise a pourtant été livrée ce matin, et nous venons de recevoir la facture {inv} de
+ {amount}.|La marchandise est malgré tout arrivée aujourd'hui, accompagnée de sa facture.]
[Nous avons refusé la livraison, qui devrait donc être en route vers votre entrepôt.|La marchandise
+ attend votre transporteur sur notre quai.]
[Merci d'annuler la facture et de nous le confirmer par écrit.|Nous ne réglerons pas cette facture ;
+ merci de confirmer que nous ne vous devons rien.]
# Manquements graves – contrat de gardiennage | Poste de garde inoccupé sur notre site de {city} |
+ Prestation de sécurité : dernier avertissement
Le {date}, puis de nouveau {weekday} dernier, [le poste de garde de notre site de {city} est resté
+ inoccupé pendant plusieurs heures|votre agent de nuit n'a effectué aucune des rondes prévues|aucun
+ agent ne s'est présenté pour la relève de nuit].
[Il s'agit d'un manquement caractérisé à vos obligations contractuelles, qui a exposé notre site à un
+ risque sérieux.|Nous l'avons appris par nos propres caméras, et non par vous.] [Ce n'est d'ailleurs pas
+ le premier incident cette année.|Votre responsable de secteur était injoignable.]
[Nous vous notifions formellement ces manquements : au prochain incident, le contrat sera résilié pour
+ faute, sans préavis.|Nous vous demandons de vous conformer sans délai au contrat, faute de quoi nous le
+ résilierons à vos torts.]
[Les heures non effectuées seront déduites de votre prochaine facture.|Nous attendons un rapport
+ d'incident écrit sous {days} jours.]
# Écart de poids – livraison du {date} | Quantité facturée non conforme – facture {inv} | Pesée : il
+ manque de la marchandise
Nous avons pesé votre livraison [de granulés de bois|de gravier|d'aliments pour bétail|de sable] du
+ {date} sur notre propre pont-bascule : il manque [près de {n}00 kg|environ {percent} %] par rapport au
+ bon de livraison.
[Ce n'est pas la première fois : vos {n} dernières livraisons étaient toutes en dessous.|Notre
+ pont-bascule a été étalonné le mois dernier, les chiffres ne font donc aucun doute.]
[Nous ne réglerons que la quantité réellement reçue.|Merci de rectifier la facture {inv} sur la base du
+ poids constaté.] [Les tickets de pesée sont joints.|Si vous le souhaitez, votre chauffeur pourra
+ assister à la pesée lors de la prochaine livraison.]
# Intérimaire sans CACES | Mission du {date} – profil non conforme | Réclamation concernant votre intérimaire
Nous vous avions demandé pour le {date} un cariste [titulaire du CACES|expérimenté, avec un CACES en cours de
+ validité], et la personne que vous nous avez envoyée [n'a aucun CACES|n'avait jamais conduit de chariot
+ élévateur].
[Nous ne pouvions évidemment pas la laisser conduire : notre responsabilité serait engagée en cas
+ d'accident.|Notre chef d'équipe a dû l'affecter à d'autres tâches, et nous avons pris une journée de retard
+ sur nos expéditions.] [C'est la deuxième fois ce mois-ci que le profil ne correspond pas à notre
+ demande.|Votre agence ne nous a même pas prévenus.]
[Nous ne réglerons pas les heures de cette journée.|Merci de ne pas facturer cette mission et de nous envoyer
+ dès demain une personne qualifiée.]
# Ligne coupée depuis la migration | Portabilité ratée – notre numéro ne fonctionne plus | {n} jours sans
+ téléphone
Depuis [le passage à votre offre fibre|le transfert de notre numéro chez vous] le {date}, notre
+ [standard|ligne principale] ne reçoit plus aucun appel : nos clients tombent sur un message « numéro non
+ attribué ».
[Voilà {n} jours que cela dure.|Cela fait maintenant plus d'une semaine.] [J'ai appelé votre service client
+ {n} fois, ouvert deux tickets, et personne n'est capable de me dire quand ce sera réglé.|À chaque appel, on
+ me promet le rappel d'un technicien qui ne vient jamais.]
[Pour une entreprise, c'est tout simplement catastrophique : nous perdons des commandes tous les jours.|Nous
+ sommes une petite entreprise, et le téléphone est notre premier outil de travail.] [J'exige le
+ rétablissement immédiat de la ligne et un dédommagement.|Sans solution d'ici {weekday}, je résilie pour
+ faute et je saisis le médiateur des communications électroniques.]
# Erreurs sur les bulletins de paie de {month} | Fiches de paie à corriger | Paie de {month} – encore des
+ erreurs
Plusieurs de nos salariés nous ont signalé des erreurs sur leurs bulletins de paie de {month} : [les heures
+ supplémentaires n'ont pas été prises en compte|la prime annuelle a été oubliée|le taux du prélèvement à la
+ source est erroné].
[Nous vous avions pourtant transmis les variables de paie dans les délais, le {date}.|Ces éléments figuraient
+ bien dans le fichier envoyé en début de mois.] [C'est le deuxième mois consécutif, et ce sont nos salariés
+ qui viennent s'en plaindre auprès de nous.|Je vous laisse imaginer l'effet sur le climat social.]
[Merci d'établir des bulletins rectificatifs et de nous indiquer le complément à verser avant la fin de la
+ semaine.|Nous attendons des bulletins corrigés sous 48 heures, sans facturation supplémentaire.]
# Notre annonce parue avec une erreur | Publicité du {date} – mauvais numéro de téléphone | Réclamation :
+ encart publicitaire
L'encart publicitaire que nous avions commandé [dans votre magazine|dans votre édition du {date}|sur votre
+ site] est paru avec [un mauvais numéro de téléphone|l'ancien prix de notre offre|le logo d'une autre
+ entreprise].
[Nous avions pourtant validé un BAT parfaitement correct, que je vous joins.|L'erreur ne figurait pas sur
+ l'épreuve que nous avions validée.] [Résultat : pas un seul appel, alors que l'offre ne durait qu'une
+ semaine.|Plusieurs clients se sont présentés en exigeant un prix que nous ne pouvons pas tenir.]
[Nous vous demandons de republier gratuitement l'annonce corrigée dans le prochain numéro et de ne pas
+ facturer la première parution.|Nous ne réglerons pas la facture {inv} en l'état et attendons votre
+ proposition.]
# Articles remplacés sans notre accord | Commande {po} : ce n'est pas la marque commandée | Dernier
+ avertissement avant changement de fournisseur
Une fois de plus, vous avez remplacé [{product}|plusieurs articles de notre commande {po}] par [un produit
+ d'une autre marque|un soi-disant « équivalent »] sans nous demander notre avis.
[Nous vous avions pourtant écrit, la dernière fois, que toute substitution devait être validée par nos
+ soins.|Nos clients achètent précisément cette marque ; nous ne pouvons pas leur livrer autre chose.] [Nous
+ devons maintenant gérer le retour et la nouvelle livraison, à nos frais.|Notre atelier a même monté une
+ partie des pièces avant de s'en apercevoir.]
[Je vous le dis clairement : si cela se reproduit, nous transférerons nos achats chez un autre
+ fournisseur.|Nous avons déjà demandé des offres à deux de vos concurrents ; la suite dépendra de votre
+ réponse.] [Merci de reprendre ces articles et de livrer ceux que nous avons commandés d'ici le
+ {date}.|J'attends un engagement écrit de votre part.]
# Envoi de nos données à un autre client | Erreur de destinataire – informations confidentielles | Manquement
+ à la confidentialité
Un de nos partenaires nous a transféré hier un e-mail de votre service [commercial|comptabilité] qu'il avait
+ reçu par erreur : il contenait [notre dernière commande {po}, avec nos prix nets|notre relevé de compte et
+ nos conditions de paiement|la liste de nos sites et de nos volumes annuels].
[Ces informations sont strictement confidentielles, et ce partenaire est aussi l'un de nos concurrents.|Nous
+ ignorons à combien d'autres personnes ce message a pu être envoyé.] [Je suis stupéfait qu'une telle erreur
+ soit possible, et plus encore que personne ne nous ait prévenus.|Nous vous rappelons que la clause de
+ confidentialité de notre contrat vous y oblige.]
[Merci de nous expliquer par écrit, sous {days} jours, comment cela a pu se produire et quelles mesures vous
+ prenez.|Nous attendons une explication écrite et la confirmation que le destinataire a bien supprimé ce
+ message.]
# Encore une facture au mauvais nom | Facture {inv} – mauvaise entité | Notre adresse de facturation, encore
+ et toujours
Pour la [troisième|quatrième] fois, votre facture {inv} est libellée au nom de [notre ancienne société|notre
+ filiale de {city}|notre ancienne adresse], alors que nous vous avons communiqué les bonnes coordonnées [en
+ {month}|à plusieurs reprises].
[Notre comptabilité ne peut pas l'enregistrer en l'état, et c'est ensuite votre service recouvrement qui nous
+ relance.|Comme les précédentes, notre service comptable nous l'a retournée.] [Merci de corriger votre
+ fichier une bonne fois pour toutes et de nous renvoyer la facture.|Je ne devrais vraiment pas avoir à vous
+ le redemander.]
# Encore un nouvel interlocuteur | Suivi de notre compte | Qui s'occupe de notre dossier ?
Nous apprenons [par hasard|par un e-mail automatique] que notre dossier est désormais suivi par un nouvel
+ interlocuteur, le [troisième|quatrième] en un an.
[À chaque changement, il faut tout réexpliquer : nos conditions, nos prix négociés, nos contraintes de
+ livraison.|Le dernier en date ignorait tout de l'accord tarifaire signé en {month}.] [Deux demandes de devis
+ sont restées sans réponse pendant la transition.|Nous avons même reçu une facture au tarif public.]
[Nous sommes clients chez vous depuis de nombreuses années et attendons un suivi plus sérieux.|Pourriez-vous
+ nous garantir un interlocuteur stable, ou au minimum une passation digne de ce nom ?] [Je souhaiterais en
+ parler avec votre directeur commercial.|Merci de me rappeler pour faire le point.]
# Facture d'électricité sur estimation | Contestation de votre facture de régularisation | Consommation
+ estimée très au-dessus de la réalité
Votre facture de régularisation [du {date}|de {month}] pour notre site de {city} s'élève à {amount}, sur la
+ base d'une consommation [estimée|qui ne correspond en rien à notre activité].
[Or votre technicien n'a pas relevé notre compteur depuis plus d'un an, alors qu'il est accessible en
+ permanence.|Notre propre relevé, photo à l'appui, donne pourtant un index nettement inférieur à celui que
+ vous avez retenu.]
[Nous vous demandons de refaire la facture sur la base de l'index réel, joint à ce message.|Merci de suspendre
+ le prélèvement de cette facture le temps de la vérification.] [Nous ne la réglerons pas en l'état.|Je compte
+ sur une correction rapide, faute de quoi nous saisirons le médiateur de l'énergie.]
# Virement bloqué depuis {n} jours | Réclamation – compte professionnel | Frais bancaires injustifiés
Le virement de {amount} que nous avons ordonné le {date} en faveur de [l'un de nos fournisseurs|notre
+ transporteur] [n'est toujours pas parti|a été bloqué sans la moindre explication].
[Notre fournisseur nous réclame désormais des pénalités de retard, et c'est notre crédibilité qui en
+ pâtit.|Personne à l'agence n'a su nous dire pourquoi, et votre plateforme téléphonique nous renvoie vers
+ l'agence.] [Pour couronner le tout, nous découvrons sur notre relevé des frais d'intervention que rien ne
+ justifie.|Nous avons en outre été débités de frais de « traitement particulier » pour cette opération.]
[Nous vous demandons d'exécuter ce virement aujourd'hui et de rembourser ces frais.|J'attends un appel de
+ notre conseiller dans la journée et le remboursement de ces frais, faute de quoi nous étudierons
+ sérieusement le transfert de nos comptes dans une autre banque.]
# Locaux loués – réparations urgentes | Nos bureaux : toujours rien de réparé | Panne dans les locaux que nous
+ vous louons
[Le chauffage ne fonctionne plus dans nos bureaux depuis {n} jours, et nos salariés travaillent en
+ manteau.|L'ascenseur de l'immeuble est en panne depuis plus de deux semaines, et une de nos collègues, en
+ béquilles, ne peut plus accéder à son poste.|La climatisation de nos locaux est hors service depuis {n}
+ jours, et il fait plus de 30 degrés dans les bureaux l'après-midi.]
Malgré [deux appels à votre gestionnaire|nos messages répétés], rien n'a bougé.
[Je vous rappelle que ces équipements relèvent de vos obligations de bailleur, et que nous réglons nos loyers
+ et nos charges sans retard.|Nous payons un loyer de {amount} par mois pour des locaux censés être en bon
+ état d'usage.]
[Merci de faire intervenir un technicien d'ici {weekday}.|Sans intervention rapide de votre part, nous ferons
+ faire la réparation nous-mêmes et vous en adresserons la facture.]
# Recrutement – clause de garantie | Candidat parti au bout de {n} semaines | Votre garantie de remplacement
Le candidat que vous nous avez présenté pour le poste de [responsable
+ logistique|technico-commercial|comptable] a quitté l'entreprise [au bout de {n} semaines|pendant sa période
+ d'essai], [sans même respecter son préavis|après nous avoir annoncé qu'il avait accepté une autre offre].
[Nous découvrons au passage que plusieurs éléments de son CV n'avaient manifestement pas été vérifiés.|Nous
+ apprenons en outre qu'il était resté en contact avec votre cabinet, ce qui pose question.]
[Votre contrat prévoit une garantie de remplacement de trois mois : nous vous demandons de relancer la
+ recherche sans frais.|Conformément à la clause de garantie, nous demandons le remboursement de vos
+ honoraires au prorata, soit {amount}.]
[Merci de nous confirmer votre position par écrit d'ici le {date}.|Je suis disponible pour en parler cette
+ semaine.]
# Frais de douane réclamés à la livraison | Commande {po} : droits et taxes à notre charge ? | Livraison DDP –
+ pourquoi payons-nous ?
Notre commande {po} avait été conclue [rendu droits acquittés (DDP)|franco, droits et taxes compris], comme le
+ confirme votre offre {quote}.
Pourtant, à la livraison, {carrier} nous a réclamé {amount} [de droits de douane et de TVA à l'importation|de
+ frais de dédouanement et de taxes].
[Nous avons payé pour ne pas bloquer notre production, mais ces frais vous incombent : merci de nous les
+ rembourser par avoir.|Nous avons refusé de payer, et la marchandise est bloquée chez le transporteur depuis
+ {weekday} : merci de régler la question avec lui aujourd'hui même.]
[Ce n'est pas la première fois, et je commence à trouver cela pénible.|Merci de veiller à ce que cela ne se
+ reproduise pas sur nos prochaines commandes.]
# Contrat de dératisation – toujours des rongeurs | Nuisibles malgré votre contrat | Passages de votre
+ technicien sans effet
Nous avons un contrat de [dératisation|lutte contre les nuisibles] avec vous depuis {month} pour [notre
+ cuisine centrale|notre entrepôt alimentaire|notre boulangerie] de {city}, et le problème n'est toujours pas
+ réglé.
[Nous trouvons encore des traces de rongeurs chaque matin dans la réserve.|Des blattes ont de nouveau été vues
+ en cuisine cette semaine, en plein service.] [Votre technicien passe, remplit son rapport en cinq minutes et
+ repart sans rien changer.|Les postes d'appâtage n'ont visiblement pas été contrôlés lors du dernier
+ passage.]
[Un contrôle d'hygiène peut tomber à tout moment, et c'est notre établissement qui sera sanctionné, pas
+ vous.|Nous ne pouvons pas prendre le risque d'un contrôle sanitaire dans ces conditions.] [Nous exigeons une
+ intervention curative sous 48 heures, sans supplément.|Sans résultat d'ici la fin du mois, nous résilierons
+ le contrat.]
# Bennes non vidées | Collecte de nos déchets – encore oubliés | Conteneurs pleins depuis {n} jours
[Pour la deuxième semaine consécutive|Une fois de plus], votre camion n'est pas passé vider [nos conteneurs à
+ cartons|notre benne de déchets industriels banals|nos bacs de biodéchets] le jour prévu au contrat.
[Les déchets s'entassent sur le quai et gênent les livraisons.|Tout déborde, et les odeurs deviennent
+ franchement insupportables pour nos voisins.] [Votre service client m'a promis un passage « demain » il y a
+ trois jours.|Personne ne nous a prévenus d'un quelconque changement.]
[Pouvez-vous organiser une collecte exceptionnelle d'ici {weekday}, à vos frais ?|Merci de nous dire
+ clairement quel est désormais le jour de collecte.] [Les passages manqués ne devront évidemment pas être
+ facturés.|Si cela se reproduit, nous ferons appel à un autre prestataire.]
# Fonctionnalité supprimée de notre abonnement | Changement d'offre imposé | Votre nouvelle formule – nous ne
+ sommes pas d'accord
Depuis votre dernière mise à jour, [l'export comptable|la gestion multi-dépôts|l'accès par API] n'est plus
+ disponible dans notre formule, et votre e-mail nous invite à passer à l'offre supérieure, [pour {amount} de
+ plus par mois|soit une hausse de près de {percent} %].
[Cette fonctionnalité était pourtant la principale raison pour laquelle nous avions choisi votre logiciel, il
+ y a {n} ans.|Nous avons souscrit un engagement annuel sur la base du périmètre décrit dans votre offre
+ {quote}.]
[Je comprends que votre offre évolue, mais on ne retire pas une fonction en cours de contrat.|Nous considérons
+ qu'il s'agit d'une modification unilatérale du contrat.] [Merci de rétablir l'accès jusqu'au terme de notre
+ engagement, sans surcoût.|Si l'accès n'est pas rétabli, nous demanderons la résiliation anticipée sans frais
+ et le remboursement des mois payés d'avance.]

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
# Votre promesse de règlement | Facture {inv} – toujours rien reçu | Suite à notre appel du {date}
Lors de notre entretien téléphonique du {date}, vous m'aviez assuré que la facture {inv} ({amount}) serait
+ réglée [dans la semaine|sous quelques jours].
À ce jour, [nous n'avons toujours rien reçu|aucun virement n'apparaît sur notre compte].
[Merci de m'envoyer la preuve du virement, ou de m'indiquer une date précise.|Je vous remercie de faire le
+ nécessaire sans délai ; à défaut, nous devrons passer à l'étape suivante.]
# Compte bloqué – commande {po} en attente | Votre commande {po} est bloquée | Encours dépassé
Votre commande {po} est prête à être expédiée, mais [votre compte client est bloqué|votre encours autorisé est
+ dépassé] en raison de la facture {inv} ({amount}), échue depuis le {due}.
[Nous pourrons expédier dès réception du règlement.|Dès que le paiement nous parvient, la marchandise part le
+ jour même.] [Un avis de virement par retour de mail suffit.|Merci de m'adresser la preuve de paiement pour
+ accélérer le déblocage.]
# Dossier de recouvrement {n}{n}{n}{n} | Recouvrement amiable – facture {inv} | Créance impayée : dernier
+ délai
Nous intervenons pour le compte de notre mandant, dont la facture {inv} du {date}, d'un montant de {amount},
+ reste impayée malgré plusieurs relances.
Afin d'éviter une procédure judiciaire, nous vous invitons à régler cette somme, augmentée des frais de
+ recouvrement, sous {days} jours sur le compte {iban}.
[Merci de rappeler le numéro de dossier figurant en objet.|Vous pouvez également nous contacter pour convenir
+ d'un plan de paiement.] [Si vous contestez cette créance, merci de nous en faire part par écrit.|Sans
+ réponse de votre part, le dossier sera transmis à notre huissier.]
#! Avis d'échéance – facture {inv} | Votre facture {inv} arrive à échéance | Rappel : échéance du {due}
Ceci est un rappel de courtoisie : la facture {inv} d'un montant de {amount} arrive à échéance le {due}.
[Si votre règlement est déjà en cours, merci de ne pas tenir compte de ce message.|Aucune action n'est
+ nécessaire si vous avez opté pour le prélèvement automatique.]
Pour rappel, nos coordonnées bancaires : {iban}, avec la référence {inv}.
# Facture {inv} | Petit rappel – facture {inv} | Facture {inv} du {date}
Je me permets de revenir vers vous au sujet de la facture {inv} [du {date}|de {amount}], [arrivée à échéance
+ le {due}|dont nous n'avons pas encore reçu le règlement].
[Pourriez-vous me confirmer la date de paiement prévue ?|Pourriez-vous me dire où elle en est de votre côté ?]
# Facture {inv} – numéro de commande | Votre facture {inv} bloquée ? | Facture {inv} renvoyée avec
+ votre référence
Votre service comptable nous indique que la facture {inv} ({amount}) n'a pas été payée [faute de numéro de
+ commande|car elle ne lui était jamais parvenue|car elle n'avait pas été validée en interne].
[Nous vous la renvoyons ci-joint, complétée avec votre référence {po}.|Vous la trouverez à nouveau en pièce
+ jointe, avec le bon de commande {po}.] [Elle est échue depuis le {due} : pourriez-vous la faire mettre en
+ paiement rapidement ?|L'échéance étant dépassée depuis {days} jours, merci de la faire passer en paiement
+ dès que possible.]
# 2e rappel – facture {inv} | Deuxième rappel | Dernier rappel avant poursuite
Malgré notre premier rappel du {date}, nous constatons que notre facture {inv} d'un montant de {amount} n'a
+ toujours pas été réglée.
[Nous vous prions de bien vouloir verser ce montant dans les dix jours, au moyen de la QR-facture
+ ci-jointe.|Nous vous remercions de régler ce montant sous {days} jours sur le compte {iban}.] [Des frais de
+ rappel de 20 francs sont ajoutés à ce deuxième rappel.|Conformément à nos conditions générales, un intérêt
+ moratoire de 5 % est dû dès l'échéance.]
[Sans paiement dans ce délai, nous serons contraints de requérir une poursuite.|Si votre paiement a croisé ce
+ courrier, veuillez considérer ce rappel comme sans objet.]
# Clôture de notre exercice – factures ouvertes | Factures non réglées à ce jour | Point sur votre compte
+ avant la clôture
Dans le cadre de la clôture de notre exercice, nous faisons le point sur les factures encore ouvertes à votre
+ nom : {inv} et [deux autres factures|une facture de {month}], pour un total de {amount}.
[Si l'une d'elles fait l'objet d'un litige ou est bloquée chez vous, merci de nous le signaler.|Sauf problème
+ particulier, nous vous serions reconnaissants de régler ce solde avant le {due}.]
[Un relevé de compte détaillé est joint.|Votre comptabilité peut bien entendu nous contacter directement.]
# Chèque impayé – facture {inv} | Rejet de votre chèque | Votre règlement de la facture {inv} nous a été
+ retourné
Le chèque que vous nous avez adressé en règlement de la facture {inv} ({amount}) nous a été retourné impayé
+ par notre banque [pour défaut de provision|au motif d'une signature non conforme|car il n'était pas signé].
[La facture reste donc due, et notre banque nous a facturé des frais de rejet, que nous vous
+ refacturerons.|Cette facture reste par conséquent ouverte dans nos livres.]
[Merci de la régler par virement sous {days} jours sur le compte {iban}, en rappelant la référence {inv}.|Nous
+ vous remercions de procéder sans délai au règlement, de préférence par virement.] [Le chèque original est à
+ votre disposition.|S'il s'agit d'une erreur de votre banque, merci de nous le faire savoir.]
# Échéance non honorée – plan de règlement | Votre échéancier : mensualité manquante | Facture {inv} :
+ versement du {date} non reçu
Conformément à l'échéancier convenu pour le règlement de la facture {inv}, un versement était attendu le
+ {date}, mais nous ne l'avons pas reçu.
[Les premiers versements sont bien arrivés, et nous vous en remercions.|C'est déjà le deuxième retard depuis
+ la mise en place de cet échéancier.]
[Merci de régulariser cette échéance au plus vite ; à défaut, le solde restant, soit {amount}, deviendra
+ immédiatement exigible.|Si vous rencontrez une nouvelle difficulté, appelez-moi avant la prochaine échéance
+ : nous trouverons une solution, mais nous ne pouvons pas rester sans nouvelles.]
# Acompte non reçu – facture {inv} | Démarrage des travaux : acompte en attente | Votre commande {po} –
+ acompte à régler
Pour lancer [la fabrication de votre commande {po}|les travaux prévus à partir du {date}|la commande des
+ matériaux], nous attendons le règlement de la facture d'acompte {inv} de {amount}, [payable à la
+ commande|échue le {due}].
[Sans ce versement, nous ne pouvons pas vous réserver de créneau dans notre planning.|Tant que l'acompte
+ n'est pas réglé, nous ne pouvons rien planifier, et les délais annoncés ne pourront pas être tenus.]
[Merci de procéder au virement sur l'IBAN {iban}, en indiquant le numéro de facture.|Pourriez-vous nous
+ transmettre une preuve de virement dès qu'il sera effectué ?] [Si la facture ne vous est pas parvenue, je
+ vous la renvoie volontiers.|Je reste à votre disposition pour toute question.]
# Avoir {cn} déduit deux fois | Solde restant sur la facture {inv} | Écart sur votre dernier règlement
Nous avons bien reçu votre règlement de la facture {inv}, et nous vous en remercions.
[Cependant, vous en avez déduit l'avoir {cn}, qui avait déjà été imputé sur votre paiement
+ précédent.|Toutefois, l'avoir {cn} y a été déduit alors qu'il l'avait déjà été le mois dernier.]
[Il reste donc {amount} à régler sur cette facture.|Le solde restant dû s'élève donc à {amount}.] [Vous
+ trouverez ci-joint un extrait de votre compte client où figurent les deux imputations.|Merci de régler ce
+ solde avec votre prochain paiement, ou sous {days} jours.]

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
# Reliquat commande {po} | Livraison partielle de votre commande {po} | Commande {po} : reste à livrer
Votre commande {po} a été expédiée partiellement [ce jour|le {date}], [{product} étant momentanément en
+ rupture de stock|faute de stock suffisant sur {product}].
Le reliquat de {n} unités [vous sera livré dès notre prochain arrivage, prévu le {date}|suivra sans frais de
+ port supplémentaires].
[Merci de nous indiquer si vous souhaitez maintenir ou annuler ce reliquat.|Seules les marchandises livrées
+ vous seront facturées.]
# Certificats de conformité | Fiches de données de sécurité mises à jour | Notre certificat ISO 9001 renouvelé
[Vous trouverez ci-joint|Veuillez trouver en annexe] [les certificats de conformité CE des articles livrés
+ avec la commande {po}|les fiches de données de sécurité mises à jour de nos produits|notre certificat ISO
+ 9001, renouvelé pour trois ans].
[Merci de les transmettre à votre service qualité.|Merci de remplacer les anciennes versions dans vos
+ dossiers.] [Le certificat d'origine suivra séparément.|N'hésitez pas à nous contacter si d'autres documents
+ vous sont nécessaires pour vos audits.]
# Arrêt définitif de {product} | Dernière commande possible avant le {date} | Fin de série : {product}
Notre fabricant a [annoncé l'arrêt définitif de|cessé la production de] {product}.
Il nous reste environ {n}00 pièces en stock : [si vous souhaitez constituer une réserve, merci de passer votre
+ dernière commande avant le {date}|nous pouvons vous les réserver jusqu'au {date}].
[Le modèle de remplacement est compatible et proposé au même prix ; je vous envoie volontiers un
+ échantillon.|Un article de remplacement sera disponible à partir de {month} ; la fiche technique est
+ jointe.]
# Vos prévisions pour {month} | Prévisions de commande | Planification de vos besoins
Afin de sécuriser vos approvisionnements [pour {month}|pour le prochain trimestre], pourriez-vous nous
+ communiquer vos prévisions de commande [d'ici le {date}|avant la fin du mois] ?
[Nos délais de fabrication s'allongent et nous devons réserver la capacité de production à l'avance.|Les
+ délais de nos propres fournisseurs sont actuellement de plusieurs mois.]
[Un tableau prérempli avec vos quantités de l'an dernier est joint.|Une estimation approximative par article
+ nous suffit.]
# Substitution d'article – commande {po} | Proposition d'article équivalent | Commande {po} : {product}
+ indisponible
L'article {product} de votre commande {po} n'est plus disponible chez notre fabricant.
[Nous pouvons vous proposer un article équivalent au même prix, dont la fiche technique est jointe.|Nous
+ pouvons livrer un modèle équivalent d'une autre marque, moyennant un supplément de {percent} %.]
[Merci de nous confirmer votre accord avant l'expédition ; le reste de la commande part comme prévu.|Sans
+ réponse de votre part d'ici le {date}, nous retirerons cette ligne de la commande.]
# Votre nouvel espace client | Commandez en ligne 24h/24 | Vos accès à notre boutique pro
Bonne nouvelle : [notre nouvel espace client est en ligne|vous pouvez désormais commander sur notre boutique
+ professionnelle].
Vous y retrouverez [vos prix nets, vos commandes en cours et vos factures|le suivi de vos livraisons et
+ l'historique de vos commandes] ; vos identifiants vous parviendront dans un e-mail séparé.
[Vous pouvez bien entendu continuer à commander par e-mail ou par téléphone.|{colleague} vous propose une
+ démonstration de 15 minutes si vous le souhaitez.]
# Commande {po} prête à l'enlèvement | Marchandise disponible – commande {po} | Prise de rendez-vous pour la
+ livraison
Votre commande {po} est [prête|préparée et emballée] et peut être enlevée à notre dépôt de {city} [à partir du
+ {date}|dès {weekday}], du lundi au vendredi de 7h30 à 16h.
[Merci de nous communiquer le nom de votre transporteur et l'heure d'enlèvement.|Si vous préférez une
+ livraison, merci de nous indiquer un créneau : nos camions sont équipés d'un hayon.]
[Poids total : environ {n}00 kg sur {n} palettes.|La marchandise est stockée gratuitement pendant {days}
+ jours.]
# Dématérialisation de nos factures | Fin des factures papier | Vos factures désormais par e-mail
À partir du {date}, nous n'enverrons plus de factures papier : [vos factures vous seront adressées par e-mail
+ au format PDF|vos factures seront déposées sur notre plateforme de facturation électronique].
[Merci de nous indiquer l'adresse e-mail à laquelle les envoyer, par exemple celle de votre
+ comptabilité.|Elles proviendront de l'adresse facturation de notre domaine ; pensez à l'autoriser dans votre
+ filtre anti-spam.]
[Nos conditions de paiement et coordonnées bancaires restent inchangées.|Rien d'autre ne change pour vous.]
# Grève – retards de livraison | Perturbations cette semaine | Information : mouvement social chez notre
+ transporteur
En raison [d'un mouvement de grève chez notre transporteur|de la grève dans les ports|des blocages routiers],
+ des retards sont à prévoir sur l'ensemble de nos livraisons [cette semaine|jusqu'à nouvel ordre].
[Les commandes urgentes peuvent être enlevées directement à notre entrepôt de {city}.|Nous livrons en priorité
+ les commandes urgentes ; merci de nous les signaler.]
[Nous vous prions de nous excuser pour ces perturbations indépendantes de notre volonté.|Nous vous tiendrons
+ informés dès que la situation se normalisera.]
# Attention : e-mails frauduleux en notre nom | Tentative de fraude au RIB | Nos coordonnées bancaires n'ont
+ PAS changé
Plusieurs de nos clients ont reçu des e-mails frauduleux, en apparence envoyés par notre service comptabilité,
+ annonçant un changement de coordonnées bancaires.
Nos coordonnées bancaires n'ont pas changé : [nous ne vous demanderons jamais de modifier notre RIB par simple
+ e-mail|tout changement vous serait confirmé par courrier signé et par téléphone].
[En cas de doute, appelez directement votre interlocuteur habituel au numéro que vous connaissez.|Si vous avez
+ reçu un tel message, merci de nous le transférer et surtout de n'effectuer aucun virement.]
#! Maintenance planifiée le {date} | Interruption de service programmée | Avis de maintenance –
+ plateforme {company}
Afin d'améliorer [les performances|la sécurité] de notre plateforme, une opération de maintenance aura lieu
+ [le {date}|dans la nuit de {weekday}] de [22h à 6h|23h à 5h|minuit à 4h].
Pendant cette période, [votre espace client et l'API seront indisponibles|la prise de commande en ligne sera
+ suspendue|la synchronisation avec votre ERP sera interrompue].
[Aucune action n'est requise de votre part.|Les commandes transmises pendant l'intervention seront traitées
+ automatiquement à la reprise.] [L'état du service peut être suivi sur {url}|Nous vous prions de nous excuser
+ pour la gêne occasionnée.]
# Affacturage : nouvelles modalités de règlement | Important – règlement de nos factures | Information sur le
+ paiement de nos factures
Nous vous informons que nous avons confié la gestion de notre poste clients à [une société d'affacturage|un
+ factor] à compter du {date}.
Les factures émises à partir de cette date porteront une mention de subrogation : [leur règlement devra être
+ effectué exclusivement sur le compte {iban}|merci de les régler uniquement sur le compte qui y figure].
[Les factures antérieures restent à régler sur notre compte habituel.|Rien ne change pour vos commandes, vos
+ interlocuteurs et vos délais de paiement.] [Pour toute vérification, appelez votre contact habituel.|Un
+ courrier signé de notre direction vous parviendra également par la poste.]
# Escompte pour paiement anticipé | Nouvelles conditions de paiement au {date} | Modification de nos
+ conditions de règlement
À partir du {date}, nos conditions de paiement évoluent : [nos factures seront payables à 30 jours fin de mois
+ au lieu de 45 jours|nous vous accordons un escompte de 2 % pour tout règlement sous 8 jours].
[Les commandes inférieures à {amount} seront désormais payables à la commande.|Le délai standard reste
+ inchangé pour les autres règlements.] [Ces conditions figureront sur vos prochaines factures.|Les factures
+ déjà émises ne sont pas concernées.]
[Pour toute question, notre service comptabilité se tient à votre disposition.|Merci d'en informer votre
+ service fournisseurs.]
# Surcharge carburant | Indexation gazole – {month} | Évolution de la surcharge énergie
Conformément à [nos conditions générales de transport|la clause d'indexation de notre contrat], la surcharge
+ gazole appliquée à nos prestations passera à {percent} % à partir du {date}.
[Cette évolution suit l'indice gazole publié par le CNR.|Elle reflète la hausse du prix du carburant constatée
+ ces dernières semaines.] [Elle apparaîtra sur une ligne séparée de vos factures.|Nos tarifs de base
+ restent inchangés.]
[Le barème complet est joint.|Nous ajusterons la surcharge à la baisse dès que les prix le permettront.]
# Campagne en cours – point sur les volumes | Prévisions de récolte | Information sur la récolte
+ de cette année
En raison [de la grêle du mois dernier|de la sécheresse de cet été|des gelées tardives du printemps], notre
+ récolte de [pommes|pommes de terre|fraises|poires] sera nettement inférieure à celle de l'an dernier.
[Nous ne pourrons honorer qu'environ {n}0 % des volumes prévus dans vos contrats.|Les volumes disponibles
+ seront répartis au prorata des engagements de chacun.] [Les prix définitifs vous seront communiqués après le
+ calibrage, vers le {date}.|Nous maintenons les prix convenus pour les quantités livrées.]
[Nous vous tiendrons informés semaine après semaine.|Merci de votre compréhension ; nous faisons le maximum
+ pour servir en priorité nos clients fidèles.]
# Modification de recette – {product} | Information allergènes | Changement de composition à partir du {date}
Nous vous informons qu'à partir [des livraisons du {date}|du lot fabriqué le {date}], la recette de [notre
+ pâte feuilletée|nos plats cuisinés|notre gamme de sauces] est modifiée [suite au changement d'un de nos
+ fournisseurs de matières premières|afin de réduire la teneur en sel].
[Le produit peut désormais contenir des traces de fruits à coque.|L'huile de palme a été remplacée par de
+ l'huile de colza.] [La fiche technique et le tableau des allergènes mis à jour sont joints.|Merci de mettre
+ à jour vos fiches allergènes et l'affichage destiné à vos convives.]
[Le prix et le conditionnement restent inchangés.|Notre service qualité se tient à votre disposition pour
+ toute question.]
# Visite de maintenance annuelle | Vérification de vos extincteurs le {date} | Passage de notre
+ technicien à {city}
Dans le cadre de votre contrat d'entretien, notre technicien passera le {date} [dans la matinée|vers {time}]
+ pour [la vérification annuelle de vos extincteurs|l'entretien de votre chaudière|le contrôle de votre
+ système d'alarme] sur votre site de {city}.
[Merci de prévoir un accès à tous les locaux, y compris les caves et les locaux techniques.|La présence d'une
+ personne pour signer le rapport d'intervention est nécessaire.] [Si cette date ne vous convient pas, merci
+ de nous contacter pour la décaler.|L'intervention dure environ {n} heures.]
# Changement de conditionnement | Nouvelles références à partir du {date} | Information produit : nouveaux
+ codes articles
À partir du {date}, le conditionnement de [nos gants d'examen|nos compresses stériles|nos seringues à usage
+ unique] évolue : [boîtes de 50 au lieu de 100|boîtes de 200 au lieu de 100|cartons de 10 boîtes au lieu de
+ 12], avec de nouvelles références et de nouveaux codes EAN.
[Le prix unitaire reste inchangé.|Le prix à la boîte est adapté en conséquence ; le prix à l'unité ne change
+ pas.] [La table de correspondance entre anciennes et nouvelles références est jointe.|Merci de mettre à jour
+ vos fiches articles avant votre prochaine commande.]
[Les commandes passées avec les anciennes références seront converties automatiquement.|Les stocks existants
+ seront écoulés jusqu'à épuisement.]
# Nouveau franco de port à partir du {date} | Évolution de notre minimum de commande | Frais de petite
+ commande
À partir du {date}, [notre franco de port passe à {amount} HT|le minimum de commande est relevé à
+ {amount} HT] ; en dessous, [des frais de gestion seront appliqués|une participation aux frais de port
+ sera facturée].
[Cette évolution s'explique par la forte hausse des coûts de préparation et de transport des petits
+ colis.|Elle nous permet de maintenir nos prix catalogue malgré la hausse des coûts logistiques.]
[Regrouper vos commandes en une livraison hebdomadaire est le moyen le plus simple d'éviter ces
+ frais.|{colleague}, votre interlocuteur habituel, se tient à votre disposition pour organiser au mieux
+ vos commandes.]
# Notre entrepôt déménage | Nouvelle plateforme logistique à {city} | Nouvelle adresse d'enlèvement à
+ partir du {date}
Le {date}, notre entrepôt déménage dans une nouvelle plateforme logistique, plus spacieuse, à {city}.
[Pendant la semaine du déménagement, les délais de livraison pourront être allongés d'un ou deux jours ;
+ nous vous prions de nous en excuser par avance.|Le jour du déménagement, aucune commande ne sera
+ expédiée.]
[Si vous enlevez vous-même vos marchandises, merci de noter la nouvelle adresse (plan d'accès joint).|À
+ partir de cette date, merci d'adresser vos retours à la nouvelle adresse.]
[Vos interlocuteurs, vos prix et vos habitudes de commande ne changent pas.|Vos commandes continueront
+ d'être traitées sans interruption.]
# Nouveaux horaires d'ouverture | Changement d'horaires de notre comptoir | Horaires du service client à
+ partir du {date}
À partir du {date}, [notre comptoir de {city}|notre service client|notre ligne de prise de commande] sera
+ ouvert [du lundi au vendredi de 7h à 16h|de 7h30 à 17h en semaine et le samedi de 8h à 12h].
[En dehors de ces horaires, vous pouvez toujours commander sur notre site ou par e-mail.|Les commandes
+ envoyées en dehors des heures d'ouverture seront traitées dès le lendemain matin.]
[Cette ouverture plus matinale répond à la demande de nombreux artisans.|Nous espérons que ces nouveaux
+ horaires vous conviendront mieux.]
# Mise en place d'une contribution énergie | Contribution énergie : ce qui change au {date} | Important :
+ contribution énergétique temporaire
Vous le savez, le coût de l'énergie pour [notre production|nos entrepôts frigorifiques|nos fours] a
+ fortement augmenté ces derniers mois.
[Plutôt que d'augmenter l'ensemble de nos tarifs, nous mettons en place une contribution énergie
+ temporaire de {percent} % à partir du {date}.|À partir du {date}, une contribution énergie de {percent}
+ % figurera sur une ligne distincte de nos factures.]
[Elle sera revue chaque trimestre et supprimée dès le retour à des prix normaux.|Nos prix catalogue
+ restent, eux, inchangés.]
[Nous vous remercions de votre compréhension.|Votre chargé de clientèle se tient à votre disposition pour
+ vous en détailler le calcul.]
# Merci de ne pas tenir compte de la facture {inv} | Rectification de la facture {inv} | Facture {inv}
+ envoyée par erreur
Nous avons constaté que la facture {inv}, qui vous a été adressée le {date}, [a été émise en double à la
+ suite d'un incident informatique|comporte une erreur d'adresse de livraison|a été calculée sur la base
+ de l'ancien tarif].
[Merci de ne pas en tenir compte : une facture rectificative vous parviendra dans les prochains
+ jours.|Vous n'avez rien à faire : nous l'annulons et vous adressons une version corrigée.]
[Si vous l'avez déjà réglée, le montant sera bien entendu déduit de votre prochaine facture.|Le délai de
+ paiement courra à compter de la date de la facture rectificative.]
[Veuillez nous excuser pour ce contretemps.|Toutes nos excuses pour le travail supplémentaire occasionné
+ à votre comptabilité.]
# Commande {po} : réexpédition en cours | Votre envoi {track} endommagé pendant le transport |
+ Information sur votre livraison
{carrier} nous a signalé qu'[une partie de votre envoi {track}|une des palettes de la commande {po}] a
+ été endommagée pendant le transport.
[Pour vous éviter tout désagrément, nous vous avons déjà réexpédié la marchandise, qui devrait vous
+ parvenir d'ici le {date}.|La marchandise de remplacement est déjà préparée et quittera notre entrepôt
+ aujourd'hui.]
[Si le colis endommagé vous est malgré tout présenté, merci de le refuser ou d'émettre des réserves sur
+ le bon de livraison.|Vous n'avez aucune démarche à faire : le transporteur reprendra la marchandise
+ abîmée.]
[Nous sommes désolés pour ce retard.|Nous vous prions de nous excuser et réglons le litige directement
+ avec le transporteur.]
# Accusé de réception de commande {po} | Commande {po} confirmée avec modifications | Votre commande {po}
+ : merci de vérifier les modifications
Nous vous remercions pour votre commande {po}, que nous confirmons avec [quelques légères
+ modifications|une modification].
[Les quantités ont été arrondies au conditionnement complet.|La date de livraison est reportée au {date},
+ la quantité commandée dépassant notre stock disponible.|Deux lignes seront livrées avec l'article de
+ remplacement, au même prix.]
{items}
[Merci de nous signaler toute erreur d'ici {weekday} ; sans retour de votre part, la commande sera lancée
+ telle que confirmée.|Si ces modifications vous conviennent, aucune réponse n'est nécessaire.]
# Maintien de nos tarifs | Bonne nouvelle : nos prix restent inchangés | Garantie de prix jusqu'au {date}
Nous avons le plaisir de vous informer que nos tarifs [resteront inchangés jusqu'au {date}|seront
+ maintenus pendant toute l'année prochaine].
[Malgré la hausse des matières premières et du transport, nous avons pu absorber ces coûts grâce à une
+ production plus efficace.|C'est notre façon de vous remercier de votre fidélité.]
[Seuls les articles [en cuivre|en papier] restent indexés sur les cours du marché.|Vos remises et
+ conditions de paiement restent également inchangées.]
[Vous trouverez ci-joint votre tarif pour l'année prochaine.|Si vous souhaitez réserver des volumes à ces
+ prix, n'hésitez pas à nous transmettre vos prévisions.]
# Point sur nos délais de fabrication | Allongement des délais de livraison | Information : délais
+ actuels sur les fabrications spéciales
Nous souhaitons vous informer de l'évolution de nos délais : en raison [d'un afflux exceptionnel de
+ commandes|d'un manque de personnel dans notre usine|de retards d'approvisionnement en composants], les
+ articles fabriqués sur commande sont actuellement livrés sous [huit à dix semaines|environ trois mois]
+ au lieu de quatre habituellement.
[Les articles en stock ne sont pas concernés et sont toujours expédiés sous {days} jours.|Les commandes
+ déjà confirmées seront livrées aux dates convenues.]
[Nous regrettons de ne pas pouvoir vous proposer nos délais habituels en ce moment.|Nous avons mis en
+ place une équipe supplémentaire et prévoyons un retour à la normale d'ici {month}.]
[Merci d'en tenir compte dans la planification de vos commandes.|Pour un projet urgent, contactez-nous
+ avant de commander afin que nous puissions réserver de la capacité.]
# Notre certification ISO 14001 | Informations RSE pour votre évaluation fournisseurs | Notre bilan
+ carbone de l'année écoulée
Nous avons le plaisir de vous annoncer que [nous sommes désormais certifiés ISO 14001|notre notation
+ EcoVadis est passée au niveau or|l'ensemble de nos emballages en carton est désormais certifié FSC].
[Vous trouverez ci-joint le certificat ainsi que notre dernier rapport RSE.|Pour votre propre reporting,
+ nous joignons les émissions de CO2 par unité livrée chez vous l'an dernier.]
[Merci de les ajouter à notre dossier fournisseur.|Nous espérons que ces éléments faciliteront votre
+ évaluation fournisseurs.] [Si votre service achats a un questionnaire à nous faire remplir, n'hésitez
+ pas à nous l'envoyer.|{colleague} reste à votre disposition pour toute question.]
# Nouveau transporteur à partir du {date} | Vos colis seront désormais livrés par {carrier} | Changement
+ de prestataire de transport
À partir du {date}, nos colis et palettes vous seront livrés par {carrier} [à la place de notre
+ transporteur actuel|pour la plupart des destinations].
[Vous recevrez un e-mail avec le numéro de suivi dès que votre commande quittera notre entrepôt.|Le
+ format des numéros de suivi change, mais vous pourrez toujours suivre vos livraisons depuis votre
+ espace client.]
[Les délais restent les mêmes : livraison le lendemain pour toute commande passée avant {time}.|Les
+ délais pourraient même s'améliorer dans les zones rurales.]
[Si vous avez des consignes de livraison particulières (quai, horaires de réception), merci de nous les
+ rappeler.|Merci d'informer votre service réception de ce changement.]
# Consignation des palettes à partir du {date} | Retour des palettes vides | Nouvelle gestion des
+ palettes et caisses
À partir du {date}, les [palettes Europe|caisses réutilisables|bouteilles de gaz] que nous vous livrons
+ seront consignées ; la consigne apparaîtra sur une ligne distincte de vos factures.
[Elle vous sera intégralement remboursée dès le retour des emballages vides.|Il vous suffit de remettre
+ les vides à notre chauffeur lors de la livraison suivante.]
[Ce système remplace l'échange de palettes pratiqué jusqu'ici, source de nombreux écarts de
+ comptage.|Nous prenons cette mesure car trop de palettes ne nous reviennent pas.]
[Vous trouverez ci-joint l'état actuel de votre compte palettes.|Votre solde est consultable à tout
+ moment dans votre espace client.]
# Inventaire annuel le {date} – pas d'expéditions | Fermeture de l'entrepôt pour inventaire | Inventaire
+ : pensez à anticiper vos commandes
Notre entrepôt sera fermé le {date} pour notre inventaire annuel : [aucune commande ne sera expédiée ce
+ jour-là|il n'y aura ni livraison ni enlèvement ce jour-là].
[Les commandes reçues la veille avant {time} partiront normalement.|Les commandes passées pendant
+ l'inventaire seront expédiées le jour ouvré suivant.]
[Si vous avez des besoins urgents, merci de commander quelques jours à l'avance.|Nos bureaux restent
+ ouverts et joignables comme d'habitude.]
# Facturation mensuelle à partir du {date} | Évolution de notre facturation | Facture récapitulative
+ mensuelle
À partir du {date}, vous recevrez [une facture récapitulative par mois|une seule facture mensuelle] au
+ lieu d'une facture par livraison.
[Elle reprendra toutes les livraisons du mois avec leurs numéros de bon de livraison et de commande, pour
+ faciliter vos rapprochements.|Chaque ligne mentionnera votre numéro de commande, afin que vous puissiez
+ toujours la rapprocher de vos bons de commande.]
[Le délai de paiement de {days} jours courra à compter de la date de facture.|Vos conditions de paiement
+ restent inchangées.] [Cela devrait alléger le travail administratif de part et d'autre.|N'hésitez pas à
+ nous signaler toute difficulté de votre côté.]
# Panne sur notre ligne de production | Commande {po} : retard suite à une panne | Incident technique dans
+ notre atelier
Une panne importante sur [notre presse principale|notre ligne de conditionnement|notre four] nous oblige à
+ interrompre la production depuis [hier|{weekday}].
[Les pièces de rechange sont commandées et le technicien du constructeur est attendu demain.|La réparation
+ devrait prendre {n} jours ouvrés.] Votre commande {po} ne pourra donc être expédiée que [le {date}|la
+ semaine prochaine].
[Nous sommes sincèrement désolés de ce contretemps.|Nous mesurons la gêne que ce retard vous cause et vous
+ prions de nous en excuser.] [Si certains articles vous sont indispensables plus tôt, dites-le-nous : nous
+ les fabriquerons en priorité dès la reprise.|Nous vous confirmerons la date d'expédition dès que la ligne
+ aura redémarré.]
# Erreur d'étiquetage – commande {po} | Lot {n}{n}{n} : étiquettes inversées | Important : erreur d'étiquetage
+ sur votre livraison
Lors d'un contrôle interne, nous avons constaté que [les étiquettes de deux références ont été inversées|une
+ partie des cartons porte une étiquette erronée] sur le lot livré avec votre commande {po}.
[Le contenu des cartons est conforme ; seule l'étiquette est fausse.|Le numéro de lot et la date de
+ fabrication indiqués sur ces étiquettes ne sont pas les bons.]
[Nous vous envoyons par {carrier} un jeu d'étiquettes correctes, à apposer sur les cartons concernés.|Notre
+ chauffeur passera {weekday} échanger les cartons, sans frais pour vous.] [Merci de mettre ces cartons de
+ côté d'ici là.|Toutes nos excuses pour cette erreur, qui n'aurait jamais dû passer notre contrôle.]
# Correction de notre confirmation de commande {po} | Erreur de prix sur la confirmation {po} | Commande {po}
+ : prix rectifié
Une erreur s'est glissée dans la confirmation de votre commande {po} que nous vous avons adressée [le
+ {date}|hier] : [le prix de {product} ne tenait pas compte de votre remise habituelle|l'ancien tarif a été
+ appliqué à {product}|la remise de {percent} % a été appliquée deux fois].
[Vous trouverez ci-joint une confirmation corrigée, qui annule et remplace la précédente.|La confirmation
+ rectifiée est jointe ; le montant total passe à {amount} HT.]
[La facture sera bien entendu établie sur la base du prix corrigé.|La date de livraison reste inchangée.]
+ [Désolés pour cette confusion.|Merci de nous excuser pour cette erreur de saisie.]
# Votre livraison du {date} | Commande {po} livrée à une mauvaise adresse | Erreur d'adressage – nous faisons
+ le nécessaire
Par erreur, [votre commande {po}|la palette de votre commande {po}] a été livrée [à votre ancienne adresse|sur
+ votre site de {city} au lieu de votre entrepôt|chez un autre de nos clients], l'adresse de livraison n'ayant
+ pas été mise à jour dans notre système.
[Nous avons demandé à {carrier} de récupérer la marchandise et de vous la livrer à la bonne adresse d'ici le
+ {date}.|Une nouvelle expédition est partie ce matin en express (suivi {track}) ; nous nous chargeons de
+ récupérer la première.]
[L'adresse est désormais corrigée pour vos prochaines commandes.|Les frais de réexpédition sont bien sûr à
+ notre charge.] [Avec toutes nos excuses.|Nous sommes désolés pour ce retard, dont nous sommes entièrement
+ responsables.]
# Vos échantillons | Échantillons de {product} envoyés | Comme promis : quelques échantillons
Comme [convenu lors de notre appel|promis lors de la visite de {colleague}|évoqué au salon], nous vous avons
+ envoyé [aujourd'hui|ce {weekday}] quelques échantillons de [notre nouvelle gamme|{product}] par {carrier}
+ (suivi {track}).
[Ils sont gratuits et sans engagement.|Vous trouverez les fiches techniques correspondantes dans le colis.]
+ [N'hésitez pas à les tester dans vos conditions réelles d'utilisation et à nous faire part de vos
+ remarques.|Je vous rappellerai d'ici une quinzaine de jours pour avoir votre avis.]
# Une proposition pour vos achats de {product} | Offre personnalisée {quote} | Proposition tarifaire – volumes
+ annuels
En regardant vos commandes de ces derniers mois, nous avons remarqué que vous achetez régulièrement {product}
+ [par petites quantités|presque chaque semaine].
[Nous pouvons vous proposer un prix fixe sur un an, avec des livraisons échelonnées selon vos besoins.|En
+ regroupant vos commandes en {n} livraisons par an, vous bénéficieriez d'une remise de {percent} %.] Notre
+ offre {quote} est jointe ; elle est valable jusqu'au {date}.
[Je reste à votre disposition pour l'ajuster à vos volumes réels.|Dites-moi si vous souhaitez en parler de
+ vive voix.]
# Mise en service de votre nouvelle machine | Installation et formation le {date} | Préparation de la mise en
+ service à {city}
Nous vous confirmons l'installation de [votre nouvelle machine|votre nouveau compresseur|votre nouvelle
+ étiqueteuse] sur votre site de {city} le {date} ; notre technicien arrivera vers {time}.
[Merci de prévoir une alimentation électrique conforme à la fiche jointe ainsi qu'un accès pour le
+ transpalette.|L'emplacement devra être dégagé, et les raccordements électriques et d'air comprimé
+ disponibles, avant son arrivée.]
[L'après-midi sera consacré à la formation de vos opérateurs : {n} personnes au maximum, idéalement celles qui
+ utiliseront la machine au quotidien.|La formation de vos opérateurs suivra la mise en service ; comptez une
+ demi-journée.] [La garantie court à partir de la date de mise en service.|Le procès-verbal de réception sera
+ signé en fin de journée.]
# Votre contrat de maintenance arrive à échéance | Renouvellement de votre contrat d'entretien | Extension de
+ garantie – {product}
Votre contrat de maintenance pour [{product}|votre parc de chariots élévateurs|vos installations
+ frigorifiques] arrive à échéance le {date}.
[Pour le renouveler, il vous suffit de nous retourner la proposition ci-jointe signée ; le tarif reste
+ inchangé.|Nous vous proposons de le reconduire pour un an, avec une révision de prix limitée à {percent} %.]
+ [Il comprend toujours une visite préventive annuelle et une intervention sous 48 heures en cas de
+ panne.|Vous pouvez aussi passer à la formule tout compris, pièces incluses.]
[Sans contrat, nos interventions vous seront facturées au tarif horaire en vigueur.|Je me tiens à votre
+ disposition pour en discuter.]
# Vos achats à fin {month} | Point sur votre remise de fin d'année | Plus que {amount} avant le palier suivant
Petit point sur vos achats de l'année : à fin {month}, votre chiffre d'affaires chez nous atteint
+ [{amount}|environ {n}0 000 €].
[Il ne vous manque plus grand-chose pour atteindre le palier suivant de votre accord de remise, qui vous
+ ferait passer à {percent} %.|Vous avez d'ores et déjà atteint le premier palier de votre ristourne
+ annuelle.] [Si des commandes sont prévues en début d'année prochaine, il peut être intéressant de les
+ avancer.|La ristourne sera calculée sur l'ensemble de l'année et versée en janvier.]
[Le détail par famille de produits est joint.|Votre commercial se tient à votre disposition pour en parler.]
# Déstockage réservé à nos clients | Fins de séries à prix réduits | Offre spéciale : vente de notre surstock
Avant notre inventaire, nous [déstockons|soldons] une sélection de fins de séries et d'articles à l'emballage
+ légèrement abîmé, [à -{percent} %|à des prix nets très intéressants].
[La liste est jointe, avec les quantités disponibles.|Il s'agit d'articles neufs, avec la garantie
+ habituelle.] [Offre réservée à nos clients professionnels, valable dans la limite des stocks disponibles
+ jusqu'au {date}.|Premier arrivé, premier servi : les quantités sont limitées.]
[Pour réserver, répondez simplement à ce message en indiquant les références et les quantités souhaitées.|Ces
+ articles peuvent être ajoutés à votre prochaine livraison, sans frais de port supplémentaires.]
# Fin des commandes par fax | Vos commandes par EDI à partir du {date} | Changement de notre processus de
+ commande
À partir du {date}, nous ne pourrons plus traiter les commandes reçues par fax [ni par courrier|ni les bons de
+ commande scannés].
[Compte tenu de vos volumes, nous vous proposons de passer à l'EDI : vos commandes arriveraient directement
+ dans notre système, sans ressaisie.|Merci de nous les transmettre désormais via notre portail ou par e-mail
+ à votre interlocuteur commercial.] [Notre service informatique prendra contact avec le vôtre pour les tests
+ de connexion.|{colleague} vous accompagnera pour vos premières commandes.]
[Cela réduira les erreurs de saisie et accélérera la confirmation de vos commandes.|Les commandes déjà en
+ cours ne sont pas concernées.]
# Expéditions vers le Royaume-Uni : documents nécessaires | Votre numéro EORI | Formalités douanières – vos
+ prochaines livraisons
Depuis le Brexit, chaque expédition vers [vos magasins britanniques|votre filiale au Royaume-Uni|votre
+ entrepôt de Douvres] doit être accompagnée d'une facture commerciale et d'une déclaration d'exportation.
[Pour établir ces documents, merci de nous communiquer votre numéro EORI ainsi que les coordonnées de votre
+ transitaire.|Afin que nous puissions procéder au dédouanement export, nous avons besoin de votre numéro
+ EORI.] [Sans ces informations, nous serons contraints de bloquer l'expédition de la commande {po}.|Les
+ droits et la TVA à l'importation restent à votre charge, conformément à l'incoterm DAP.]
[Les formalités d'export seront assurées par notre transitaire, {carrier}.|Comptez {n} jours de délai
+ supplémentaire en raison des contrôles douaniers.]
# Indexation de votre loyer au {date} | Révision annuelle du loyer – bail commercial | Votre loyer à compter
+ du {date}
Conformément à la clause d'indexation de votre bail commercial, le loyer de [vos locaux de {city}|l'entrepôt
+ que vous occupez à {city}|vos bureaux] sera révisé au {date} sur la base de [l'indice des loyers
+ commerciaux|l'indice des loyers des activités tertiaires].
[La variation de l'indice sur un an s'établit à {percent} % ; votre nouveau loyer mensuel hors charges s'élève
+ donc à {amount}.|Après application de la variation de l'indice, soit {percent} %, votre nouveau loyer
+ trimestriel est de {amount} hors charges.]
[Le détail du calcul figure sur l'avis d'échéance joint.|Vous trouverez ci-joint le détail du calcul, avec les
+ indices de référence.] [Merci de mettre à jour votre virement permanent.|Si vous avez opté pour le
+ prélèvement, le nouveau montant sera appliqué automatiquement.]
# Vos nouvelles mensualités | Votre contrat d'électricité : nouvel échéancier | Ajustement de vos mensualités
+ à partir du {date}
Suite à [la relève de votre compteur de {month}|la facture de régularisation annuelle de votre site de
+ {city}], nous avons recalculé vos mensualités pour les douze prochains mois.
[Compte tenu de votre consommation réelle et de l'évolution du prix de l'énergie, elles passeront à {amount} à
+ partir du {date}.|Votre consommation ayant baissé, vos mensualités diminuent de {percent} % à partir de la
+ prochaine échéance.]
[Le nouvel échéancier est disponible dans votre espace client.|Vous trouverez ci-joint votre nouvel
+ échéancier, qui remplace le précédent.] [Vous pouvez ajuster ce montant à tout moment si votre activité
+ évolue.|Pour toute question, votre conseiller entreprises reste joignable au numéro habituel.]
# Évolution de nos conditions tarifaires | Vos conditions bancaires au {date} | Information tarifaire – compte
+ professionnel
Nous vous informons qu'à compter du {date}, [les frais de tenue de votre compte professionnel|la cotisation de
+ votre offre Pro|les commissions sur les paiements par carte que vous encaissez] évolueront [de {percent}
+ %|légèrement].
[Le détail figure dans la brochure tarifaire jointe, également disponible sur {url}|Le détail des nouveaux
+ tarifs est consultable dans votre espace de banque en ligne.]
[Sans contestation de votre part avant cette date, ces nouvelles conditions seront réputées acceptées.|Si vous
+ ne les acceptez pas, vous pouvez résilier votre convention de compte sans frais avant leur entrée en
+ vigueur.] [Votre conseiller se tient à votre disposition pour étudier avec vous l'offre la mieux adaptée à
+ votre activité.|N'hésitez pas à prendre rendez-vous avec votre conseiller pour faire le point.]
# Fin de support de la version {n} | Votre logiciel : migration nécessaire avant le {date} | Important : fin
+ de maintenance de votre version
La version {n} de [notre logiciel de gestion commerciale|notre logiciel de paie|notre solution de caisse], que
+ vous utilisez actuellement, ne sera plus maintenue après le {date}.
[Passé cette date, elle ne recevra plus ni correctifs de sécurité ni mises à jour réglementaires.|Après cette
+ date, notre assistance ne pourra plus traiter les demandes portant sur cette version, et les évolutions
+ légales n'y seront plus intégrées.]
[La migration vers la nouvelle version est comprise dans votre contrat de maintenance.|La migration est
+ incluse dans votre abonnement ; seule la reprise de vos paramétrages spécifiques fera l'objet d'un devis.]
+ [Nous vous proposons de la planifier avec {colleague}, idéalement avant {month}.|Un consultant vous
+ contactera pour convenir d'une date d'intervention, de préférence en fin de semaine.]
# Incident informatique chez {company} | Cyberattaque : nos délais perturbés | Information importante sur le
+ traitement de vos commandes
Nous avons été victimes [le {date}|ce {weekday}] d'une cyberattaque qui a rendu indisponible une partie de nos
+ systèmes informatiques.
[Par précaution, nous avons coupé nos serveurs et travaillons en mode dégradé : les commandes sont saisies à
+ la main, et les expéditions peuvent avoir un ou deux jours de retard.|Nos équipes et des experts en sécurité
+ travaillent au rétablissement des services ; en attendant, nous ne pouvons ni émettre de factures ni
+ confirmer vos commandes par e-mail.]
[À ce stade, rien n'indique que vos données aient été touchées ; nous vous tiendrons informés des résultats de
+ l'enquête.|Une plainte a été déposée et l'autorité de protection des données a été notifiée, comme la loi
+ l'exige.] [Soyez vigilants : n'ouvrez aucune pièce jointe inattendue qui semblerait venir de nous.|Pour
+ toute urgence, appelez directement {colleague} sur son portable.]
[Nous vous prions de nous excuser pour la gêne occasionnée.|Merci de votre patience et de votre
+ compréhension.]
# Votre numéro de TVA intracommunautaire | Vérification de votre numéro de TVA | Facturation : numéro de TVA à
+ confirmer
Lors d'un contrôle de routine [sur la base VIES de la Commission européenne|de notre fichier clients], le
+ numéro de TVA intracommunautaire que vous nous avez communiqué est apparu comme [non valide|inconnu].
[Sans numéro valide, nous ne pouvons pas facturer en exonération de TVA et devrons appliquer la TVA sur vos
+ prochaines factures.|Tant que ce point n'est pas réglé, vos factures seront établies avec la TVA de notre
+ pays.]
[Pourriez-vous vérifier ce numéro et nous le confirmer, idéalement avec une attestation récente ?|Merci de
+ nous communiquer le bon numéro avant votre prochaine commande, et au plus tard le {date}.] [Il s'agit
+ peut-être simplement d'une erreur de saisie de notre part.|Si votre société a récemment changé de structure,
+ le numéro a peut-être changé lui aussi.]
# Mise à jour logicielle de vos appareils | Correctif disponible pour votre matériel | Mise à jour du
+ micrologiciel recommandée
Un défaut a été identifié dans le logiciel interne [de nos balances connectées|de nos imprimantes
+ d'étiquettes|de nos terminaux de saisie], dont vous êtes équipés [depuis {month}|depuis l'an dernier] :
+ [dans de rares cas, l'appareil se bloque au démarrage|l'heure peut se décaler après le changement
+ d'heure|les étiquettes imprimées peuvent être tronquées].
[Un correctif est disponible ; il s'installe en une dizaine de minutes en suivant la notice jointe.|Notre
+ technicien peut installer le correctif à distance, sans interrompre votre activité.]
[Pour planifier l'intervention, il suffit de répondre à ce message en nous indiquant un créneau.|Nous vous
+ recommandons de faire la mise à jour avant le {date}.] [L'opération est bien entendu gratuite, que vos
+ appareils soient sous garantie ou non.|Toutes nos excuses pour ce désagrément.]
# Point d'avancement – chantier de {city} | Avancement des travaux semaine {n} | Votre chantier : où en
+ sommes-nous ?
Voici un point sur l'avancement de [vos travaux|l'aménagement de vos locaux|l'extension de votre entrepôt] à
+ {city}.
[Le gros œuvre est terminé, et les menuiseries extérieures seront posées à partir de {weekday}.|Les cloisons
+ sont montées, et l'électricien commence ses passages de câbles cette semaine.|La dalle a été coulée ; il
+ faut maintenant compter {n} semaines de séchage avant la pose du revêtement.]
[Nous restons dans le planning, avec une réception des travaux prévue le {date}.|Avec les intempéries, nous
+ avons pris quelques jours de retard, que nous pensons rattraper d'ici {month}.] [Nous aurions besoin de
+ votre validation sur le choix des coloris avant la fin de la semaine.|Merci de veiller à ce que l'accès au
+ quai soit libre {weekday} matin pour la livraison des matériaux.]
[La prochaine réunion de chantier aura lieu {weekday} à {time}.|Les photos de la semaine sont jointes.]
# Remplacement de votre intérimaire | Mission de demain – changement de personne | Absence sur votre mission
+ de {city}
La personne que nous avons déléguée chez vous sur le poste de [cariste|préparateur de commandes|agent
+ d'accueil] nous a prévenus ce matin qu'elle ne pourrait pas venir [aujourd'hui ni demain|jusqu'à {weekday}],
+ pour raisons de santé.
[Nous avons trouvé un remplaçant, qui a déjà effectué des missions similaires et se présentera demain à {time}
+ à votre accueil.|Nous cherchons activement un remplaçant et vous confirmerons son nom avant la fin de la
+ journée.]
[Son profil et ses habilitations vous parviendront dans un e-mail séparé.|Pourriez-vous lui prévoir l'accueil
+ sécurité et les équipements habituels ?] [Les heures ne vous seront évidemment facturées qu'à partir de son
+ arrivée.|Nous restons joignables toute la journée si besoin.]
# Éco-contribution sur nos factures | Nouvelle ligne sur vos factures : éco-participation | Information
+ réglementaire – filière REP
À partir du {date}, une éco-contribution figurera sur une ligne distincte de nos factures pour [le mobilier
+ professionnel|les équipements électriques et électroniques|les articles de bricolage et de jardin|les
+ emballages industriels et commerciaux].
[Il ne s'agit pas d'une hausse de prix de notre part : ce montant est intégralement reversé à l'éco-organisme
+ agréé de la filière.|Ce montant, fixé par l'éco-organisme, finance la collecte et le recyclage des produits
+ en fin de vie.]
[Si vous revendez ces articles, l'éco-contribution doit être répercutée à l'identique sur vos propres
+ factures, sans remise ni marge.|Les articles achetés pour votre propre usage sont également concernés.] [Le
+ barème par référence est joint.|Vous trouverez le montant par article dans notre tarif mis à jour.]
# Collecte de vos consommables usagés | Reprise gratuite de vos cartouches vides | Nouveau : nous reprenons
+ vos contenants vides
Bonne nouvelle : nous [reprenons désormais gratuitement|collectons désormais] [vos cartouches d'encre et de
+ toner usagées|vos fûts et bidons vides|vos batteries et piles usagées] lors de nos livraisons.
[Il suffit de les déposer dans le carton de collecte que notre chauffeur vous remettra, puis de le lui confier
+ une fois plein.|Quand votre bac de collecte est plein, signalez-le-nous par simple e-mail : l'enlèvement se
+ fera avec votre livraison suivante.]
[Vous recevrez chaque année une attestation de recyclage, utile pour votre registre des déchets.|Un bordereau
+ de suivi vous sera remis à chaque enlèvement.] [Le premier bac vous sera livré avec votre prochaine
+ commande.|Dites-nous simplement combien de bacs il vous faut.]
# Vos outillages stockés chez nous | Moules inactifs depuis plus de trois ans | Que souhaitez-vous faire de
+ vos outillages ?
Dans le cadre du réaménagement de notre atelier, nous faisons le point sur les [moules|outillages de
+ découpe|gabarits et montages] appartenant à nos clients.
[Plusieurs de vos outillages n'ont pas servi depuis {n} ans ; vous en trouverez la liste ci-jointe, avec les
+ références des pièces concernées.|{n} de vos moules sont inactifs depuis plus de trois ans.]
Pourriez-vous nous indiquer, pour chacun, si nous devons [les conserver, vous les retourner ou les mettre au
+ rebut|les garder en stock ou les détruire] ? [Sans réponse de votre part avant le {date}, nous vous les
+ renverrons à vos frais.|Au-delà du {date}, des frais de stockage annuels s'appliqueront, conformément à nos
+ conditions générales.]
[{colleague} reste à votre disposition pour en discuter.|Merci d'avance pour votre retour.]

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
# Facture à saisir | Peux-tu saisir cette facture ? | Facture {inv} – à enregistrer
Je te transfère la facture {inv} du fournisseur de {product}, [reçue par erreur sur ma boîte|arrivée par
+ courrier ce matin].
Tu peux la saisir et la mettre en paiement pour le {due} ? [C'est à imputer sur le centre de coût {n}00.|Je
+ l'ai déjà rapprochée de la commande {po}, tout est bon.]
Merci !
# Client mécontent – commande {po} | Tu peux rappeler le client de {city} ? | Réclamation client, urgent
Le client de {city} vient de m'appeler, [très remonté|furieux] : [sa commande {po} est arrivée incomplète|la
+ moitié des cartons de la commande {po} étaient abîmés|il a reçu deux fois la même facture].
Tu peux le rappeler aujourd'hui ? [Il attend une solution avant {weekday}.|C'est un gros client, il ne faut
+ pas le laisser filer.]
[Si besoin, on peut lui proposer un avoir de {percent} %, vois avec {colleague}.|Tiens-moi au courant de ce
+ que vous décidez.]
# Inventaire annuel le {date} | Inventaire : organisation | Pas de livraisons le {date}
L'inventaire annuel aura lieu le {date} ; [l'entrepôt sera fermé toute la journée|aucune expédition ni
+ réception ne sera possible ce jour-là].
Merci de prévenir vos clients et fournisseurs [et de ne programmer aucune livraison|et de décaler les
+ enlèvements prévus].
[Les équipes de comptage seront constituées par {colleague} ; le planning est dans le dossier
+ partagé.|Rendez-vous à {time} au quai de chargement, le café est offert.]
# Parking fermé {weekday} | Travaux devant le bâtiment | Accès au bureau {weekday}
Petite info pratique : le parking sera fermé {weekday} [pour des travaux de marquage|pour l'élagage des
+ arbres|à cause du déménagement de nos voisins].
[Vous pouvez vous garer sur le parking du supermarché en face, c'est arrangé avec eux.|Pensez à venir en
+ transports en commun ou à covoiturer.] [L'entrée se fera par l'arrière du bâtiment.|Merci de faire passer le
+ message aux visiteurs attendus ce jour-là.]
# Relecture devis {quote} | Tu peux relire mon devis ? | Devis {quote} avant envoi
J'ai préparé le devis {quote} pour le client de {city} [({n} x {product})|pour leur projet d'agrandissement]
+ et je dois l'envoyer avant {weekday}.
Tu peux jeter un œil aux prix ? [J'ai appliqué une remise de {percent} %, je ne sais pas si on peut aller plus
+ loin.|Je ne suis pas sûr des délais de livraison que j'ai indiqués.]
[Le fichier est dans le dossier partagé.|Je te l'ai mis en pièce jointe.]
# Bloquer le compte client | Client en retard de paiement – stop livraisons | Encours client de {city}
Le client de {city} nous doit toujours {amount} (facture {inv}), échue depuis plus de {days} jours, et ne
+ répond plus à nos relances.
Merci de bloquer son compte dans l'ERP et de ne plus rien expédier sans mon accord, [même si le commercial
+ insiste|y compris les commandes déjà saisies].
[Je vous préviens dès que le paiement arrive.|{colleague} s'occupe de l'appeler cette semaine.]
# Passation avant mes congés | Mes dossiers en cours | Absent à partir du {date}
Je suis en congé à partir du {date}, voici où en sont mes dossiers.
La commande {po} doit arriver [{weekday}|la semaine prochaine] : merci d'en vérifier la réception. Le devis
+ {quote} est à relancer si le client ne s'est pas manifesté d'ici là.
[{colleague} a accès à ma boîte mail en cas d'urgence.|Pour le reste, {colleague} est au courant.] Merci et à
+ bientôt !
# Entretiens annuels | Campagne d'entretiens {month} | À faire : grille d'auto-évaluation
La campagne d'entretiens annuels démarre le {date}.
[Merci de réserver un créneau avec votre responsable dans l'agenda partagé|Vos responsables vous proposeront
+ un créneau] et de remplir la grille d'auto-évaluation au préalable.
[Les demandes de formation pour l'an prochain pourront être évoquées à cette occasion.|Pour toute question, le
+ service RH reste à votre disposition.]
# Réception commande {po} – réserves | Livraison {carrier} abîmée | Problème à la réception de la commande
+ {po}
Réception de la commande {po} ce matin : {n} cartons abîmés, j'ai émis des réserves sur le bon du transporteur
+ ({carrier}).
[Les photos sont dans le dossier Réception.|Je t'ai mis les photos en PJ.] Tu peux faire la réclamation auprès
+ du fournisseur ?
[Le reste est rangé en stock.|J'ai mis la marchandise en quarantaine en attendant.]
# Notes de frais : nouvelle procédure | Fini les notes de frais papier | Nouvelle appli notes de frais
À partir du {date}, les notes de frais se feront uniquement dans [la nouvelle application|le module RH de
+ l'ERP] : il suffit de prendre le ticket en photo avec votre téléphone.
[Les notes papier ne seront plus acceptées après cette date.|Les remboursements passeront à un rythme
+ hebdomadaire.] [Une démo de 20 minutes est prévue {weekday} à {time} en salle {room}.|Le mode d'emploi est
+ sur l'intranet.]
# Paiement partiel de {customer} | Déduction sur la facture {inv} : on accepte ? | {customer} a
+ déduit {amount}
{customer} a réglé la facture {inv}, mais en déduisant {amount} [pour des cartons abîmés à la livraison|pour
+ un retard de livraison|au titre d'une remise qu'on ne leur a jamais accordée].
[Tu étais au courant d'un accord avec eux ?|Je ne trouve aucune trace de réclamation dans le dossier.] [Si
+ c'est justifié, je fais un avoir ; sinon, je les relance pour le solde.|Dis-moi comment tu veux traiter ça
+ avant que je lettre le compte.]
# Demande de devis de {customer} – dispo ? | Stock pour le devis {quote} | Tu peux me donner un délai ?
Je viens de recevoir une demande de devis de {customer} pour {n}00 x {product}, livraison souhaitée [le
+ {date}|courant {month}].
[On a ça en stock ou il faut commander chez le fabricant ?|Tu peux me dire ce qu'on a en stock et quel délai
+ je peux annoncer ?] [Je dois leur répondre avant {weekday}.|J'aimerais leur envoyer le devis
+ {quote} demain.]
[Merci !|Merci d'avance, c'est un nouveau client qui peut être intéressant.]
# Entretiens d'embauche {weekday} | Tu peux participer au recrutement ? | Candidats retenus – entretiens
Nous avons retenu {n} candidats pour le poste de [magasinier|assistant commercial|technicien de
+ maintenance|comptable fournisseurs] ; les entretiens ont lieu {weekday} à partir de {time}, salle {room}.
[Tu pourrais faire partie du jury avec moi ?|Ce serait bien que tu sois là pour la partie technique.] [Les CV
+ sont dans le dossier partagé RH.|Je t'envoie les CV ce soir.]
[Merci de me confirmer ta disponibilité d'ici demain.|Si tu ne peux pas, {colleague} te remplacera.]
# Échange de garde | Planning du service – week-end du {date} | Qui peut me remplacer ?
[Je suis de garde le week-end du {date}|Je suis de nuit le {date}] mais j'ai un souci familial : quelqu'un
+ pourrait-il échanger avec moi ?
[Je peux reprendre une de vos nuits en {month}.|Je prends en échange n'importe quel week-end du mois
+ prochain.] [J'ai déjà prévenu la cadre de santé, il faut juste que le planning soit à jour.|Répondez-moi
+ directement, je mettrai le planning à jour.]
# Commande pour le chantier de {city} | Besoin de matériel sur le chantier | Benne et matériaux – {city}
Petit point depuis le chantier de {city} : il nous manque [{n} palettes de parpaings|des plaques de plâtre et
+ des rails|{n}0 sacs de ciment] pour finir [le gros œuvre|les cloisons] d'ici {weekday}.
Tu peux passer la commande chez notre fournisseur habituel [et la faire livrer directement sur le chantier|et
+ demander une livraison avant 8h] ? [Il faudrait aussi une benne de plus, celle-ci est pleine.|Pense à mettre
+ le numéro d'affaire sur le bon de commande.]
[Le conducteur de travaux est d'accord.|Je t'appelle ce soir si besoin.]
# Arrivée de {colleague} le {date} | Nouvel arrivant – accès à prévoir | Accueil de {colleague}
{colleague} nous rejoint le {date} [au service comptabilité|dans l'équipe commerciale|à l'atelier].
Pourriez-vous préparer [un ordinateur portable, une adresse mail et les accès à l'ERP|son badge, son casier et
+ ses équipements de sécurité|un poste de travail et une ligne téléphonique] ?
[Son contrat est signé et la DPAE a été faite.|Je m'occupe de l'accueil le premier jour, à {time}.] [Merci de
+ me dire quand tout est prêt.|Merci de tout préparer quelques jours avant son arrivée.]
# Facture {inv} : écart avec la réception | Facture {inv} bloquée – quantités | Écart facture fournisseur /
+ bon de réception
La facture {inv} de {company} ne correspond pas à ce que nous avons réceptionné sur la commande {po} : [{n}
+ unités facturées en trop|le prix unitaire n'est pas celui de la commande|des frais de port sont facturés
+ alors que nous étions au-dessus du franco].
[Je la bloque en paiement pour l'instant.|Je ne peux pas la valider en l'état.] Tu peux voir avec le
+ fournisseur [pour obtenir un avoir|ce qu'il en est] ?
[L'échéance est au {due}, donc pas d'urgence absolue.|Le rapprochement est dans le dossier partagé.]
# Camion pour {city} {weekday} | Place dans le camion | Départ camion à {time}
Le camion part pour {city} {weekday} à {time} et il reste de la place pour [deux palettes|quelques colis]. [Si
+ vous avez des expéditions, prévenez-moi avant midi.|Qui en a besoin ?]
# Déménagement du 2e étage ce week-end | Cartons à faire avant {weekday} | Changement de bureaux
Comme annoncé, [le service comptabilité|l'équipe commerciale|le bureau d'études] déménage [au
+ rez-de-chaussée|au premier étage|dans le bâtiment B] ce week-end.
Merci de mettre vos affaires dans les cartons [disponibles à l'accueil|déposés en salle {room}] et d'y coller
+ une étiquette à votre nom avant {weekday} 17h. [Les écrans, ordinateurs et téléphones seront déplacés et
+ rebranchés par l'informatique : ne touchez pas aux câbles.|Pensez à vider vos tiroirs, les caissons partent
+ tels quels.]
[Le plan avec la nouvelle place de chacun est dans le dossier partagé.|Lundi, {colleague} sera là dès {time}
+ pour aider chacun à s'installer.]
# Budget de l'an prochain | Vos besoins budgétaires avant le {date} | Préparation du budget – service par
+ service
Nous lançons la préparation du budget de l'an prochain : merci de me transmettre [avant le {date}|d'ici
+ {weekday} en huit] les besoins de votre service [en investissements, recrutements et formations|en matériel,
+ logiciels et déplacements].
[Le fichier à compléter est dans le dossier partagé Finances ; merci de ne pas en modifier la
+ structure.|Reprenez le fichier de l'an dernier et mettez simplement les montants à jour.] [La direction nous
+ demande de rester à budget constant, hors inflation : tout dépassement devra être justifié.|Pour chaque
+ investissement de plus de {amount}, ajoutez une ligne de justification.]
[Nous en discuterons lors des rendez-vous budgétaires prévus en {month}.|Merci d'avance, je sais que la
+ période est chargée.]
# Visite de {customer} {weekday} | Préparation de la visite client | {customer} vient voir l'atelier
{customer} nous rend visite {weekday} [à partir de {time}|toute la matinée] : [leur directeur des achats et
+ leur responsable qualité|trois personnes, dont leur nouveau responsable qualité] souhaitent voir l'atelier
+ et la zone d'expédition.
[Merci de veiller à ce que tout soit rangé et propre, et à ce que chacun porte ses EPI.|Pensez à retirer du
+ tableau d'affichage les plannings où figurent d'autres clients.] [J'ai réservé la salle {room} et le
+ déjeuner au restaurant d'en face pour {n} personnes.|{colleague} prépare la présentation ; j'aurais besoin
+ des indicateurs qualité de {month} pour demain.]
[On fait un point de préparation demain à {time} ?|C'est un client important pour l'an prochain, je compte sur
+ vous.]
# Formation sécurité incendie le {date} | Recyclage CACES – inscriptions | Formation obligatoire le {date}
[La formation incendie et évacuation|Le recyclage CACES|La formation sauveteur secouriste du travail] aura
+ lieu le {date} [chez nous, en salle {room}|chez l'organisme de formation, à {city}].
[Elle est obligatoire pour toutes les personnes dont le nom figure sur la liste jointe.|Il reste {n} places :
+ merci de vous inscrire auprès de moi avant {weekday}.] [Prévoyez la journée entière ; le déjeuner est pris
+ en charge.|Les responsables d'équipe sont priés d'adapter le planning pour libérer les participants.]
[Pensez à venir avec vos chaussures de sécurité.|Une attestation sera remise à chacun en fin de session.]
# Ta note de frais de {month} | Justificatif manquant – note de frais | Note de frais à compléter
J'ai commencé à traiter ta note de frais de {month}, mais [il manque le justificatif du restaurant du
+ {date}|le ticket de péage n'est pas lisible|la facture de l'hôtel n'est pas au nom de l'entreprise].
[Sans justificatif, je ne peux pas la mettre en remboursement.|Tu peux me renvoyer une copie, ou à défaut une
+ attestation sur l'honneur ?] [Par ailleurs, les kilomètres déclarés me semblent élevés pour un aller-retour
+ à {city} : tu peux vérifier ?|Pense aussi à indiquer le nom des invités pour le repas d'affaires.]
[Si j'ai tout d'ici {weekday}, ce sera remboursé avec la paie du mois.|Pas d'urgence, mais j'aimerais boucler
+ avant la fin du mois.]
# Permanences pendant le pont | Qui est là le {date} ? | Planning de présence – pont de l'Ascension
Avec le pont [de l'Ascension|du 1er mai|du 15 août], beaucoup d'entre vous seront absents le {date}.
Il nous faut quand même [au moins deux personnes au service client et une au magasin|une personne au standard
+ et une à l'expédition] ce jour-là. [Merci de vous inscrire dans le tableau partagé d'ici {weekday}.|J'ai
+ fait une proposition de planning ; dites-moi si elle ne vous convient pas.]
[Ceux qui assurent la permanence pourront récupérer la journée en {month}.|La journée sera bien sûr
+ récupérable.] [Si personne ne se propose, je tirerai au sort !|Merci d'avance pour votre souplesse.]
# Véhicules de service : rappel des règles | Qui a pris la voiture de service ? | Réservation du véhicule de
+ service
Petit rappel sur l'utilisation des véhicules de service : [merci de les réserver dans l'agenda partagé avant
+ de prendre les clés|les clés se récupèrent à l'accueil, contre signature du carnet de bord].
[La semaine dernière, la voiture a été rendue avec le réservoir presque vide et des papiers
+ partout.|L'utilitaire est revenu hier avec une rayure sur la portière, sans que personne ne le signale.]
+ [Merci de faire le plein avec la carte carburant avant de rendre le véhicule.|Tout dégât, même minime, doit
+ être signalé le jour même à {colleague}, pour l'assurance.]
[La voiture passe au contrôle technique le {date} et ne sera pas disponible ce jour-là.|Pensez aussi à noter
+ le kilométrage au retour, la comptabilité en a besoin.]
# Tri des archives | Archives : qu'est-ce qu'on peut jeter ? | Grand ménage au sous-sol le {date}
Le local d'archives du sous-sol est plein à craquer : nous organisons un tri [le {date}|{weekday} après-midi],
+ et une société de destruction sécurisée passera [dans la foulée|la semaine suivante].
[Pour rappel, les pièces comptables et les factures se gardent dix ans ; pour les dossiers du personnel, voyez
+ avec les RH.|Avant de jeter quoi que ce soit, vérifiez la durée de conservation dans le tableau que j'ai mis
+ dans le dossier partagé.] [Rien ne part à la destruction sans l'accord de la comptabilité.|Les dossiers
+ clients de plus de {n} ans peuvent partir, sauf litige en cours.]
[Chaque service doit envoyer au moins une personne.|Prévoyez une tenue qui ne craint pas la poussière !]
# Accident au dépôt ce matin | Déclaration d'accident du travail | Accident de {colleague} – à déclarer
Un accident est arrivé ce matin à {colleague} [vers {time}|au dépôt] : [une coupure à la main en manipulant
+ une palette|une chute dans l'escalier du quai|un tour de reins en déchargeant le camion].
[Rien de grave a priori, mais nous avons préféré appeler le médecin.|Les secours sont venus par précaution.]
+ La déclaration d'accident du travail doit partir sous 48 heures : [tu peux t'en charger ?|je m'en occupe,
+ mais il me faut ton témoignage écrit].
[Pense aussi à noter l'accident dans le registre et à prévenir le responsable sécurité.|On en reparlera à la
+ prochaine réunion du CSE ; en attendant, merci de baliser la zone.]
# Cagnotte pour le départ de {colleague} | Pot de départ – participation | Chut ! Un cadeau pour {colleague}
Comme vous le savez, {colleague} nous quitte [à la fin du mois|le {date}] [après {n} ans parmi nous|pour
+ prendre sa retraite|pour une nouvelle aventure].
Nous organisons une cagnotte pour lui offrir [un bon cadeau|un baptême en montgolfière|un beau livre et un
+ dîner au restaurant] : [chacun donne ce qu'il veut|l'enveloppe circule jusqu'à {weekday}, elle est dans mon
+ tiroir].
[Le pot aura lieu {weekday} à {time} en salle {room}.|Une carte à signer circule aussi dans les bureaux.]
+ Surtout, motus : c'est une surprise !

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
#! Ameli : remboursement en attente | Votre carte Vitale doit être renouvelée | Assurance Maladie : action
+ requise
Assurance Maladie – [un remboursement de {amount} est en attente sur votre compte ameli.|votre carte Vitale
+ arrive à expiration et doit être renouvelée.]
[Pour le recevoir|Pour éviter toute interruption de vos droits], veuillez mettre à jour vos informations avant
+ le {date} : {url}
[Sans mise à jour de votre part, votre dossier sera clôturé.|Ce service est gratuit, seuls les frais d'envoi
+ de 2,95 € sont à régler.]
#! Authentification forte : activation obligatoire | Votre accès bancaire sera bloqué | Sécurité : mise à jour
+ de votre clé digitale
Conformément à la nouvelle directive européenne DSP2, [l'activation de votre nouveau dispositif
+ d'authentification|la mise à jour de votre clé digitale] est obligatoire avant le {date}.
Sans cette démarche, l'accès à votre espace bancaire et à vos cartes sera suspendu par mesure de sécurité.
Activez votre service en moins de 2 minutes : {url}
[Merci de votre confiance, le service clientèle.|Votre conseiller en ligne.]
#! Votre boîte aux lettres est pleine | Messages en attente de livraison | Quota de stockage dépassé
Microsoft Outlook : votre boîte aux lettres a atteint [98 %|100 %] de sa capacité. [{n} messages entrants ont
+ été mis en attente.|Les nouveaux messages ne peuvent plus être reçus.]
[Libérez de l'espace gratuitement|Augmentez votre quota] en vous connectant ici : {url}
Si aucune action n'est effectuée sous 24 heures, les messages en attente seront définitivement supprimés.
#! Fichier de {n}0 000 décideurs | Base de données B2B qualifiée | Boostez votre prospection
Nous proposons [un fichier de {n}0 000 contacts de décideurs|une base de données B2B de dirigeants et
+ responsables achats] en France, en Belgique et en Suisse, avec e-mails directs et numéros de portable.
[Fichier 100 % conforme RGPD, mis à jour chaque mois.|Ciblage par secteur, taille d'entreprise et région.]
+ [Offre spéciale cette semaine : -50 %.|Échantillon gratuit de 500 contacts sur simple réponse.]
Si vous ne souhaitez plus recevoir nos offres, répondez STOP.
#! Votre site web mérite mieux | Refonte de votre site à partir de 49 €/mois | Votre site n'est pas adapté aux
+ mobiles
J'ai visité votre site et [il ne s'affiche pas correctement sur mobile|il ne semble pas avoir été mis à jour
+ depuis plusieurs années], ce qui vous fait perdre des clients chaque jour.
Notre agence crée [votre nouveau site vitrine clé en main|un site moderne et optimisé pour Google] à partir de
+ 49 € par mois, [sans frais de mise en service|hébergement et maintenance inclus].
[Puis-je vous envoyer une maquette gratuite ?|Répondez « OUI » et je vous envoie trois exemples de
+ réalisations.]
#! Avis de publication de votre marque | Registre des marques – paiement requis | Enregistrement au registre
+ des entreprises
Votre [marque|entreprise] doit être publiée dans [le Registre international des marques et brevets|l'Annuaire
+ officiel des entreprises] afin d'en assurer la protection.
Montant de l'inscription : {amount}, à régler avant le {due} par virement sur l'IBAN {iban}, référence {inv}.
[Cette offre d'inscription n'est pas une facture et n'engage à rien sans acceptation de votre part.|En
+ retournant ce formulaire signé, vous souscrivez un abonnement de trois ans.] [Sans réponse de votre part,
+ votre dossier ne sera pas publié.|Toute publication est définitive.]
#! Tu es dispo ? | Petit service | Urgent – confidentiel
Tu es au bureau ? J'ai besoin que tu m'achètes [des cartes cadeaux Amazon|des cartes Google Play|des cartes
+ Apple] pour des clients, [{n} cartes de 100 €|pour un total de 1 000 €].
[Je suis en réunion toute la journée, je ne peux pas appeler.|Je suis en déplacement et mon téléphone capte
+ mal.] Gratte les codes et envoie-moi les photos par retour de mail, je te rembourse ce soir.
N'en parle à personne pour l'instant, c'est une surprise.
#! Mise à jour de nos coordonnées bancaires | URGENT : nouveau compte pour vos règlements | Changement de RIB
+ – factures en attente
Suite à un contrôle fiscal en cours, notre compte habituel est temporairement gelé. Merci de régler désormais
+ toutes vos factures, y compris celles en retard, sur notre nouveau compte à l'étranger : {iban}.
[Merci de procéder aujourd'hui au virement de {amount} correspondant à la facture {inv}.|Les factures en
+ attente doivent être réglées sous 24 heures pour éviter des pénalités.]
[Nos lignes téléphoniques sont en maintenance : merci de ne répondre que par e-mail.|Merci de traiter cette
+ demande en toute confidentialité.]
#! Placement garanti 8 % par an | Investissez dans [le vin|les forêts|les places de parking] | Rendement
+ exceptionnel sans risque
Vos économies dorment sur un livret à moins de 3 % ? Nos clients investissent dans [les grands crus de
+ Bordeaux|les forêts françaises|les places de parking|le whisky écossais] et obtiennent un rendement garanti
+ de 8 % par an.
[Capital garanti, sortie possible à tout moment.|Placement réservé à un nombre limité d'investisseurs.] [À
+ partir de 5 000 € seulement.|Avantages fiscaux inclus.]
Demandez votre dossier gratuit ici : {url}
#! Confirmation de renouvellement – {amount} | Votre abonnement [Norton|McAfee] a été renouvelé | Facture
+ {inv} : paiement effectué
Merci pour votre achat ! Votre abonnement [Norton 360|McAfee Total Protection|Microsoft Office] a été
+ renouvelé automatiquement pour {amount} (facture {inv}).
Le montant sera débité de votre compte sous 24 heures.
[Si vous n'êtes pas à l'origine de cet achat, appelez immédiatement notre service d'annulation au 01 23 45 67
+ 89.|Pour annuler et être remboursé, contactez notre service client dans les 48 heures au numéro figurant sur
+ la facture jointe.]
#! Affichage obligatoire : mise en conformité | Dernier avis avant contrôle | Votre entreprise
+ n'est pas en règle
Selon nos informations, votre entreprise ne dispose pas des affichages obligatoires [mis à jour au
+ {date}|exigés par le Code du travail].
En cas de contrôle, l'amende peut atteindre [7 500 €|10 000 €] par infraction. [Recevez votre kit de mise en
+ conformité pour {amount} seulement|Commandez le pack affichage obligatoire en un clic] : {url}
[Offre réservée aux entreprises n'ayant pas encore régularisé leur situation.|Ce courrier vaut dernier avis.]
#! Vous avez été filmé | J'ai piraté votre ordinateur | Paiement demandé – votre réputation
Je suis un hacker et j'ai pris le contrôle de votre appareil il y a [quelques mois|plusieurs semaines] via [un
+ site que vous avez visité|votre messagerie].
J'ai enregistré [des vidéos compromettantes de vous|tous vos contacts et vos fichiers] et je les enverrai à
+ [tous vos contacts|vos collègues et votre famille] si vous ne me versez pas [1 200 €|1 500 €] en bitcoin
+ sous 48 heures.
[Ne tentez pas de contacter la police, je le saurai.|Après paiement, tout sera effacé définitivement.]
#! Nouvelle commande – bon de commande ci-joint | Demande de prix urgente | Purchase order {po}
Nous souhaitons commander [plusieurs de vos produits|{n}00 unités de vos articles] pour [notre nouveau
+ magasin|un client à l'étranger].
[Le bon de commande est disponible via le lien sécurisé ci-dessous.|Veuillez consulter notre liste de produits
+ dans le document partagé ci-dessous.] Connectez-vous avec vos identifiants de messagerie pour
+ l'ouvrir : {url}
[Merci de nous faire parvenir votre meilleur prix et vos délais dès aujourd'hui.|Paiement à la commande par
+ virement, livraison urgente.]
#! Boostez vos avis Google | 100 avis 5 étoiles en 7 jours | Votre note Google fait fuir vos clients
Votre entreprise n'a que quelques avis sur Google ? [Nous vous livrons 50 avis 5 étoiles rédigés par de vrais
+ profils|Nous faisons disparaître vos avis négatifs] [en 7 jours|sans que Google ne s'en aperçoive].
[Pack à partir de 99 €, paiement après livraison.|Résultats garantis ou remboursés.] [Plus de 2 000
+ commerçants nous font déjà confiance.|Contactez-nous sur WhatsApp : {url}]
#! Avis de contravention | Amende impayée – dernier rappel | ANTAI : paiement en attente
[ANTAI – Agence nationale de traitement automatisé des infractions.|Service des amendes – avis de
+ contravention n° {n}{n}{n}{n}{n}{n}.]
Votre véhicule a été contrôlé [en excès de vitesse|en stationnement irrégulier] le {date}, et l'amende de [35
+ €|45 €|68 €] n'a pas encore été réglée.
[Sans paiement sous 48 heures, elle sera majorée à 375 € et transmise au Trésor public.|Passé ce délai, une
+ majoration sera appliquée et des poursuites engagées.] Payez en ligne : {url}
#! Panneaux solaires pour votre entreprise | Votre toiture peut vous rapporter de l'argent | Isolation de vos
+ locaux à 1 € : plus que quelques jours
Grâce aux aides de l'État, [faites isoler vos locaux professionnels pour 1 € seulement|installez des panneaux
+ solaires sur votre toiture sans aucun apport].
[Nos techniciens sont dans votre secteur cette semaine.|Plus que quelques dossiers acceptés avant la fin du
+ dispositif.] [Réduisez votre facture d'électricité de 70 % dès le premier mois !|Économies garanties ou
+ remboursées.]
Vérifiez votre éligibilité en 30 secondes : {url}
Pour ne plus recevoir nos offres : {url}
#! Offre d'emploi : assistant financier à domicile | Travail à distance – 2 h par jour | Poste disponible
+ immédiatement
Notre société internationale recrute [un assistant financier|un agent de traitement des paiements] en
+ télétravail, [2 heures par jour|quelques heures par semaine], rémunéré [2 500 €|3 000 €] par mois.
Votre mission : recevoir sur votre compte personnel les virements de nos clients et les transférer à notre
+ service comptabilité, [en gardant 10 % de commission|après déduction de votre commission].
[Aucune expérience ni diplôme requis.|Contrat signé en ligne, démarrage immédiat.] Postulez ici : {url}
#! Votre entreprise est nominée ! | Trophées de l'entreprise de l'année | Félicitations : vous avez été
+ sélectionné
Félicitations ! Votre entreprise a été retenue par notre jury pour [le Trophée de l'excellence des PME|le
+ titre d'entreprise de l'année dans votre région].
[Ce prix renforcera la confiance de vos clients et votre visibilité dans les médias.|Les lauréats reçoivent un
+ trophée, un certificat et un article dans notre magazine.] Pour valider votre nomination, une participation
+ aux frais de dossier de [490 €|890 €] HT est demandée.
[Confirmez avant le {date} : {url}|Places limitées, confirmez votre participation ici : {url}]
#! ALERTE BOURSE : ce titre va exploser | L'action à acheter AVANT {weekday} | Notre recommandation
+ Strong Buy de la semaine
URGENT – ALERTE INVESTISSEUR ! La société [GreenVolt Mining Corp.|BioNexa Pharmaceuticals Inc.|Quantum
+ Hydrogen Ltd] s'apprête à annoncer [un contrat historique|une découverte majeure|son rachat par un géant
+ américain].
Cotée à moins de 0,50 $ aujourd'hui, nos analystes visent [2,40 $|3,00 $|4,15 $] d'ici fin {month},
+ soit un gain potentiel de [{n}00 %|plus de 500 %] !
Les initiés achètent DÉJÀ en masse : [le volume a explosé cette semaine|le cours a pris {n}0 % en trois
+ séances]. [Quand la nouvelle sera publique, il sera TROP TARD.|Ne laissez pas passer le train une deuxième
+ fois !]
Contactez votre courtier [avant l'ouverture de la Bourse {weekday}|MAINTENANT] et [achetez le maximum de
+ titres|prenez position avant tout le monde].
Cette lettre est une publication payée par un tiers ; ses rédacteurs peuvent détenir et vendre des actions
+ de la société citée. Pour vous désabonner : {url}
#! Montres de Luxe Suisse a prix cassé | Rolex, Omega, Cartier -80% | Re: votre montre de rêve
Montres répliques de TRÈS HAUTE QUALITÉ : [Rolex|Omega|Cartier|Breitling|TAG Heuer|Patek Philippe] et plus
+ de 3000 modèles disponible en stock !
Personne ne verra la différence avec l'original, [poids et mouvement suisse identique|même numéro de série
+ gravé], [garantie 1 an|boite et papiers inclus].
[Prix à partir de 149 € seulement !|Achetez 2 montres, la troisième OFFERT !] [Livraison gratuit en France,
+ Belgique et Suisse|Emballage discret, paiement sécurisé].
Visitez notre boutique en ligne maintenant : {url}
Vous recevez ce message car vous êtes inscrit sur notre liste. Pour désabonner cliquez ici : {url}
#! Diplômes universitaires sans examen | Obtenez votre MBA en {n} semaines | Votre diplôme – sans étudier
Vous n'avez pas de diplôme ? [Vous méritez mieux !|Ne laissez plus un papier bloquer votre carrière !]
Obtenez un VÉRITABLE diplôme de [Licence|Master|MBA|Doctorat] d'une université [prestigieuse|internationale
+ reconnue], basé uniquement sur votre expérience professionnelle et de vie.
PAS d'examens, PAS de cours, PAS de livres, PAS d'entretien ! [Votre diplôme livré chez vous en {n}
+ semaines.|Personne n'est refusé, 100 % confidentiel.]
[Plus de salaire, plus de respect, la promotion que vous méritez !|Le prestige que vous avez toujours voulu,
+ sans quitter votre travail.]
Appelez-nous 24h/24, 7j/7, ou [remplissez le formulaire|laissez votre nom et numéro de téléphone] : {url}
# Salut toi ;) | Tu te souviens de moi ? | Je suis seule ce soir à {city}
Salut, c'est [Julie|Sandra|Natalia|Kristina], [on s'est parlé sur le site de rencontre|on s'est croisé sur
+ Facebook] il y a quelque temps, tu te souviens de moi ?
Je suis nouvelle à {city} et je cherche [un homme sérieux et gentil|quelqu'un pour passer bon moments] car je
+ suis très seule le soir.
Ton profil m'a beaucoup plu, [j'ai mis mes photos privées ici|regarde mes photos, tu vas pas regretter] :
+ {url}
[Plus de {n}00 femmes célibataires près de {city} attendent ton message ce soir !|Inscription GRATUITE et
+ 100 % discrète.]
Écris-moi vite, [bisous|je t'attends] ;)
#! Envoyez votre pub à 10 millions d'adresses | E-MAILING EN MASSE – résultats garantis | Votre publicité
+ dans {n} millions de boîtes mail
Vous voulez PLUS de clients ? Nous envoyons VOTRE publicité à [10 millions|25 millions|{n} millions]
+ d'adresses e-mail [en France et en Europe|ciblées par secteur d'activité] en seulement 24 heures !
[Adresses 100 % opt-in et vérifiées.|Serveurs dédiés, passage garanti des filtres anti-spam.]
[Seulement 99 € le premier million d'envois !|Offre découverte : 500 000 envois GRATUITS.] C'est le moyen
+ le moins cher de faire connaître votre entreprise, [vos concurrents le font déjà|sans aucun risque].
Commandez aujourd'hui : {url}
Vous avez reçu ce message parce que votre adresse figure dans notre base de données professionnelle. Pour
+ ne plus recevoir nos offres, répondez REMOVE.
#! Perdez {n} kilos en 30 jours | La pilule miracle que les médecins détestent | MINCIR SANS RÉGIME
NOUVEAU : la pilule [minceur|brûle-graisse] [100 % naturelle|venue du Japon|au café vert] qui fait fondre
+ [la graisse du ventre|les kilos en trop] SANS régime ni sport !
Perdez jusqu'à {n} kg en [30 jours|un mois] – [les médecins sont furieux !|les stars l'utilisent en
+ secret !]
[Plus de 50 000 femmes et hommes l'ont déjà adoptée.|Résultats visibles dès la première semaine ou
+ remboursé.]
[Stock limité|Offre valable aujourd'hui seulement] : 3 boîtes achetées = 2 OFFERTES ! Commandez ici : {url}
Pour vous désinscrire de cette liste, cliquez ici : {url}
# Inscription de votre entreprise dans notre annuaire | Mise à jour gratuite de vos coordonnées | Nouvelle
+ édition du Guide des Professionnels – {month}
Je m'appelle {sender} et je travaille pour {company}. [J'ai trouvé votre adresse e-mail sur votre site
+ internet|Votre adresse e-mail figure sur votre site internet] et je me permets de vous contacter.
[Nous préparons la nouvelle édition|Nous mettons à jour l'édition en ligne] [de l'Annuaire Européen des
+ Entreprises|du Guide Professionnel des Fournisseurs] et votre société y figure déjà : merci de vérifier
+ et corriger vos coordonnées ici : {url}
[Nous pouvons aussi vous proposer la liste des visiteurs du Salon professionnel de {city}, êtes-vous
+ intéressé ?|La mise à jour de vos données ne prend que deux minutes.]
En renvoyant le formulaire complété, vous acceptez une insertion de trois ans au tarif annuel de {amount}
+ HT, payable d'avance.
Merci de votre retour rapide, [la date limite est le {date}|le guide part à l'impression le {date}].
#! Rachat de crédits : -60 % sur vos mensualités | Vos dettes, c'est FINI | Taux exceptionnel en {month}
Vous croulez sous [les crédits|les dettes|les mensualités] ? Regroupez TOUS vos prêts en UN SEUL et
+ réduisez vos mensualités jusqu'à 60 % !
Taux fixe à partir de 1,9 %, [même fiché Banque de France|même si votre banque a refusé|propriétaire ou
+ locataire] : notre réseau de partenaires trouve une solution pour vous.
[Réponse de principe en 24 heures|Étude gratuite et sans engagement] : {url}
Un crédit vous engage et doit être remboursé. Vérifiez vos capacités de remboursement avant de vous engager.
Vous recevez cet e-mail car vous avez accepté de recevoir les offres de nos partenaires.
+ Désinscription : {url}

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
#! Adresse plus utilisée | Réponse automatique : {sender} a quitté l'entreprise | Message non distribué à son
+ destinataire
Réponse automatique : {sender} ne fait plus partie de {company} et cette adresse n'est plus consultée.
[Votre message n'a pas été transféré.|Votre message ne sera pas lu.] [Merci de vous adresser désormais à
+ {colleague}.|Ses dossiers ont été repris par {colleague}.]
#! Votre demande a bien été reçue | Ticket n° {n}{n}{n}{n} créé | Accusé de réception de votre demande
Nous avons bien reçu votre demande, enregistrée sous le numéro {n}{n}{n}{n}.
[Notre équipe support vous répondra sous {n} heures ouvrées.|Un conseiller prendra en charge votre demande
+ dans les meilleurs délais.] [Merci de ne pas créer de nouveau ticket pour la même demande.|Pour compléter
+ votre demande, répondez simplement à cet e-mail en conservant l'objet.]
Ceci est un message automatique.
# Merci pour les chocolats ! | Un grand merci | Merci pour votre colis de fin d'année
Un grand merci pour [vos chocolats, toute l'équipe s'est régalée|votre panier garni, qui a fait des heureux à
+ la pause café|votre carte et votre délicate attention] !
[C'est toujours un plaisir de travailler avec vous.|Vous nous gâtez chaque année.] [Excellentes fêtes de fin
+ d'année à vous et à vos équipes.|Au plaisir de vous revoir l'an prochain.]
#! Le replay de notre webinaire est disponible | Vous avez manqué notre webinaire ? | Replay disponible
Merci de votre intérêt pour notre webinaire [« Bien démarrer avec la facture électronique »|« Optimiser ses
+ stocks »|consacré à notre nouvelle gamme].
[Vous n'avez pas pu y assister ? Pas de souci :|Comme promis,] l'enregistrement et la présentation sont
+ disponibles dans votre espace client pendant {days} jours.
[Prochain rendez-vous : {event}, le {date}.|Les questions restées sans réponse seront traitées dans notre
+ FAQ.]
#! Nouvelle connexion à votre compte | Alerte de sécurité : connexion depuis un nouvel appareil | Connexion à
+ votre espace depuis {city}
Une nouvelle connexion à votre compte a été détectée le {date} à {time} depuis [un ordinateur Windows|un
+ iPhone|un navigateur Firefox] situé près de {city}.
[Si c'était vous, vous n'avez rien à faire.|S'il s'agit bien de vous, ignorez ce message.] [Dans le cas
+ contraire, modifiez votre mot de passe depuis les paramètres de votre compte.|Sinon, contactez votre
+ administrateur.]
Ce message vous est envoyé automatiquement pour protéger votre compte.
# Travaux rue de l'Industrie à partir du {date} | Info de l'association des entreprises de la zone | Fermeture
+ de la route d'accès
L'association des entreprises de la zone d'activités vous informe que [la rue de l'Industrie|la route d'accès
+ principale] sera fermée à la circulation [pendant {n} jours à partir du {date}|à partir du {date}] pour des
+ travaux de voirie.
[Une déviation sera mise en place par le rond-point nord.|L'accès aux entreprises restera possible par
+ l'arrière de la zone.] [Pensez à prévenir vos transporteurs.|Le calendrier détaillé est affiché à l'entrée
+ de la zone.]
[Prochaine réunion de l'association : {weekday} à {time}, autour d'un petit-déjeuner.|Bonne fin de semaine à
+ tous.]
# Je prends ma retraite | Au revoir et merci | Une page se tourne
Après {n} belles années [chez {company}|dans l'entreprise], je prends ma retraite à la fin du mois.
Je tenais à vous remercier pour [tous nos échanges, toujours agréables|votre confiance et votre bonne humeur
+ au fil des ans].
[Si vous passez par {city}, faites-moi signe, ce sera avec plaisir.|Je garde mon adresse personnelle pour ceux
+ qui veulent rester en contact.] [Bonne continuation à vous !|Prenez soin de vous.]
# Demande d'interview | Article sur les entreprises de {city} | Journaliste – quelques questions
Je suis journaliste [au quotidien régional|pour un magazine économique local] et je prépare un article sur
+ [les entreprises familiales de la région de {city}|les PME qui recrutent malgré la crise|la transition
+ énergétique dans les entreprises].
[Accepteriez-vous de répondre à quelques questions par téléphone, une vingtaine de minutes ?|Pourrais-je
+ passer vous voir {weekday} pour un court entretien et quelques photos ?]
[L'article doit paraître en {month}.|Je vous enverrai bien sûr vos citations pour relecture.]
#! Votre site en chiffres cette semaine | Rapport hebdomadaire – statistiques | Vos statistiques de {month}
Voici le résumé de l'activité de votre site [cette semaine|le mois dernier] : {n}00 visiteurs [(+{percent} %
+ par rapport à la période précédente)|(en légère baisse)] et [{n} demandes via le formulaire de contact|une
+ durée moyenne de visite de {n} minutes].
[Page la plus consultée : Nos produits.|La majorité des visiteurs arrivent depuis les moteurs de recherche.]
Vous recevez ce rapport automatique car vous êtes administrateur du site. [Vous pouvez modifier la fréquence
+ des rapports dans les paramètres.|Pour ne plus le recevoir, désactivez-le dans votre tableau de bord.]
# Meilleurs vœux | Bonne et heureuse année ! | Nos vœux pour la nouvelle année
Toute l'équipe de {company} vous présente ses meilleurs vœux pour la nouvelle année.
[Que celle-ci vous apporte santé, réussite et de beaux projets.|Nous vous souhaitons une année riche en
+ succès, professionnels comme personnels.] [Merci pour votre confiance et au plaisir de poursuivre notre
+ collaboration.|Nous nous réjouissons de vous retrouver très bientôt.]
# Accueil d'un stagiaire | Recherche de stages – {month} | Accueilleriez-vous un de nos étudiants ?
Je suis chargée des relations entreprises [au lycée professionnel|à l'IUT|à la haute école] de {city}.
Nos étudiants en [logistique|comptabilité|maintenance industrielle] doivent effectuer un stage de {n} semaines
+ à partir de {month} : [seriez-vous prêts à en accueillir un ?|votre entreprise pourrait-elle proposer une
+ place de stage ?]
[Une convention de stage est signée entre l'école, l'entreprise et l'étudiant.|Un enseignant suit chaque
+ stagiaire et passe au moins une fois sur place.] [Je peux vous envoyer quelques CV.|Je reste à votre
+ disposition pour en parler.]
#! Accepté : {event} | Invitation acceptée : réunion du {date} | Nouvel horaire proposé : point hebdomadaire
[{sender} a accepté votre invitation.|{sender} a refusé votre invitation.|{sender} a proposé un
+ nouvel horaire.]
Événement : [{event}|point hebdomadaire|revue de projet], le {date} à {time}, [salle {room}|en
+ visioconférence].
[Afficher dans le calendrier : {url}|Voir tous les participants : {url}]
#! Document signé par toutes les parties | Terminé : votre document a été signé | {sender} a signé le document
Bonne nouvelle : [le contrat|l'avenant|le bon pour accord] envoyé le {date} a été signé par
+ toutes les parties.
[Le document complété est joint à cet e-mail au format PDF.|Vous pouvez télécharger le document signé et le
+ certificat de signature depuis votre espace.] [Aucune autre action n'est requise.|Conservez cet e-mail pour
+ vos archives.]
Ceci est une notification automatique de votre service de signature électronique.
# Demande de références | Référence concernant {sender} | Votre ancien collaborateur – quelques questions
{sender}, qui a travaillé chez vous [comme comptable|comme chef d'équipe|au service logistique] [jusqu'en
+ {month}|pendant {n} ans], a posé sa candidature chez nous et vous a cité comme référence.
[Accepteriez-vous de répondre à quelques questions par téléphone ?|Auriez-vous dix minutes cette semaine pour
+ un court échange ?] [Il s'agit surtout de ses qualités relationnelles et de son autonomie.|Bien entendu, vos
+ réponses resteront confidentielles.]
#! Salon professionnel de {city} – informations exposants | Montage des stands le {date} | Votre guide
+ de l'exposant
Le Salon professionnel de {city} approche : vous trouverez ci-joint le guide de l'exposant [avec les horaires
+ de montage et de démontage|et vos badges d'accès].
[Le montage des stands aura lieu le {date} de 8h à 20h ; aucun montage ne sera possible le matin de
+ l'ouverture.|Les livraisons sur le site se font uniquement sur créneau réservé.] [Pensez à commander vos
+ badges exposants et vos places de parking avant le {date}.|Le mobilier et les branchements électriques se
+ commandent sur l'espace exposant : {url}]
#! Nouveau message vocal | Message vocal de {sender} | Vous avez un nouveau message vocal
Vous avez reçu un nouveau message vocal [de {sender}|d'un numéro masqué] le {date} à {time}, d'une durée de
+ {n}0 secondes.
[Le fichier audio est joint à cet e-mail.|Écoutez-le depuis votre espace de téléphonie : {url}] [Transcription
+ : « Oui bonjour, c'est au sujet de notre rendez-vous, merci de me rappeler. »|Transcription non disponible.]
#! {sender} vous a mentionné dans un commentaire | Nouveau commentaire sur « Planning {month} » | {sender} a
+ partagé un document avec vous
[{sender} vous a mentionné dans un commentaire sur le document « Planning {month} ».|{sender} a partagé le
+ tableur « Budget {event} » avec vous, avec le droit de le modifier.|{sender} a répondu à votre commentaire
+ dans le document « Compte rendu du {date} ».]
[« Tu peux vérifier les dates de la semaine {n} ? »|« Je te laisse compléter ta partie. »|« C'est corrigé,
+ merci ! »]
[Ouvrir le document : {url}|Répondre au commentaire : {url}] Vous recevez cet e-mail parce que vous êtes
+ collaborateur de ce document.
#! Votre colis vous attend en consigne | Colis disponible en point relais | Retrait de votre colis avant le
+ {date}
Bonne nouvelle : votre colis {track} est disponible [dans la consigne automatique|au point relais] [de la gare
+ de {city}|du supermarché de {city}|rue de la République, à {city}].
[Votre code de retrait : {n}{n}{n}{n}{n}{n}.|Présentez ce message et une pièce d'identité au commerçant.]
+ [Vous avez jusqu'au {date} pour le récupérer ; passé ce délai, il sera retourné à l'expéditeur.|Il reste à
+ votre disposition pendant 7 jours.]
Ceci est un message automatique, merci de ne pas y répondre.
# Afterwork des anciens à {city} | Réseau des anciens – prochaine rencontre | Des nouvelles de l'association
+ des diplômés
Notre prochain afterwork aura lieu le {date} à partir de {time}, [au café du Commerce|dans les locaux d'un de
+ nos membres], à {city}.
[L'occasion de retrouver les camarades de promo et de rencontrer les jeunes diplômés.|Au programme : le
+ témoignage d'un ancien devenu chef d'entreprise, puis un verre.] [Pensez aussi à renouveler votre cotisation
+ annuelle, qui finance les bourses de nos étudiants.|L'annuaire des anciens sera mis à jour en {month} :
+ vérifiez vos coordonnées.]
[Inscription, même de dernière minute : {url}|Merci de confirmer votre présence en répondant à ce message.]
# Collecte de sang le {date} | Don du sang dans la zone d'activités | Besoin de donneurs {weekday}
[L'Établissement français du sang|La Croix-Rouge] organise une collecte de sang le {date} à partir de {time},
+ [à la salle polyvalente de {city}|sur le parking de la zone d'activités, dans le bus de collecte].
[Les réserves sont au plus bas en ce moment : chaque don compte.|Un don prend moins d'une heure, collation
+ comprise.] [Vous pouvez prendre rendez-vous en ligne pour éviter l'attente : {url}|Pensez à bien manger
+ avant de venir et à apporter une pièce d'identité.]
[N'hésitez pas à faire passer le message autour de vous.|Merci d'avance pour votre générosité.]
#! Rappel : votre rendez-vous du {date} | N'oubliez pas votre rendez-vous | Confirmation de rendez-vous –
+ {time}
Nous vous rappelons votre rendez-vous [au garage pour la révision de votre véhicule|chez votre dentiste|au
+ centre de contrôle technique|chez votre kinésithérapeute] le {date} à {time}, à {city}.
[Merci de vous présenter quelques minutes à l'avance.|Pensez à vous munir des documents nécessaires.] [En cas
+ d'empêchement, merci d'annuler au moins 24 heures à l'avance : {url}|Pour déplacer ou annuler ce rendez-vous
+ : {url}]
Message automatique, merci de ne pas y répondre.
# Objet trouvé | Vous avez oublié quelque chose chez nous | Objet oublié lors de votre passage le {date}
Après [votre dîner dans notre restaurant|votre séjour dans notre hôtel|votre passage dans notre boutique] le
+ {date}, notre équipe a retrouvé [une écharpe grise|un parapluie noir|un chargeur d'ordinateur|une paire de
+ lunettes] qui pourrait bien vous appartenir.
[Vous pouvez passer à l'accueil pour récupérer votre objet, tous les jours à partir de {time}.|Si vous
+ préférez, nous pouvons vous l'envoyer par la poste : il suffit de nous indiquer votre adresse.] [Au plaisir
+ de vous revoir bientôt !|Nous conservons l'objet à l'accueil en attendant.]
#! Votre espace de stockage est presque plein | Stockage en ligne : plus que {n} % disponibles | Espace de
+ stockage bientôt saturé
Votre espace de stockage en ligne est presque plein : il ne vous reste que {n} % d'espace disponible.
[Une fois la limite atteinte, vous ne pourrez plus synchroniser vos fichiers ni recevoir de nouveaux
+ e-mails.|Au-delà, vos nouveaux fichiers ne seront plus sauvegardés.]
[Pour libérer de la place, videz la corbeille et supprimez les anciennes pièces jointes
+ volumineuses.|Retrouvez vos fichiers les plus volumineux dans les paramètres de votre compte : {url}]
Ceci est un message automatique, merci de ne pas y répondre.
# Repas de quartier le {date} | Fête des voisins – on compte sur vous ! | Apéro entre voisins {weekday}
Comme chaque année, nous organisons [la fête des voisins|un repas de quartier] [le {date}|{weekday} soir] [à
+ partir de 19h|dès 18h30], [dans la cour de l'immeuble|au bout de la rue, devant le numéro 12|sur la petite
+ place].
[Chacun apporte un plat salé ou sucré à partager ; les boissons sont offertes par le comité de quartier.|Le
+ principe est simple : chacun amène un plat, une boisson et ses couverts.] [Tables et chaises sont prévues,
+ mais si vous avez une table pliante, elle sera la bienvenue.|Les enfants sont bien sûr les bienvenus, il y
+ aura des jeux pour eux.]
[Dites-moi par retour de mail combien vous serez.|Répondez-moi simplement si vous venez, que je puisse
+ m'organiser.]
# Collecte de jouets pour Noël | Un petit geste pour les familles de {city} | Jouets d'occasion – appel aux
+ dons
Notre association [de parents d'élèves|d'entraide|de quartier] organise jusqu'au {date} une collecte [de
+ jouets en bon état|de jouets et de livres pour enfants] au profit des familles en difficulté de {city}.
[Un point de dépôt est installé à l'accueil de la mairie, du lundi au samedi.|Vous pouvez déposer vos dons à
+ la salle paroissiale le {weekday}, de 17h à 19h.] [Merci de ne donner que des jeux complets et propres.|Les
+ peluches ne sont malheureusement pas acceptées, pour des raisons d'hygiène.]
[N'hésitez pas à faire circuler ce message autour de vous !|Merci d'avance pour votre générosité.]
# Nouveau calendrier de collecte des déchets | Collecte des déchets : ce qui change | Info de la ville :
+ changement des jours de ramassage
La Ville de {city} vous informe qu'à partir du {date}, [la collecte des ordures ménagères aura lieu le
+ {weekday}|le ramassage des sacs jaunes se fera une semaine sur deux|les bacs de tri seront collectés le
+ {weekday} matin].
[Merci de sortir vos bacs la veille au soir et de les rentrer après le passage du camion.|Les bacs doivent
+ être présentés poignée côté rue, couvercle fermé.] [La prochaine collecte des encombrants aura lieu en
+ {month} ; l'inscription est obligatoire.|Le calendrier complet de l'année est disponible sur le site de la
+ commune : {url}]
# Convocation à l'assemblée générale | AG du club le {date} | Assemblée générale annuelle – ordre du jour
Les membres [de l'association|du club de tennis|de la chorale|du club de randonnée] sont convoqués à
+ l'assemblée générale ordinaire, qui se tiendra le {date} à {time} [à la salle des fêtes|au club-house].
À l'ordre du jour : [rapport moral et rapport financier, montant de la cotisation et renouvellement du
+ bureau|bilan de la saison, budget de l'an prochain et élection de deux membres du conseil d'administration].
[Si vous ne pouvez pas être présent, merci de remettre le pouvoir ci-joint à un autre membre.|Les candidatures
+ au bureau sont à adresser au secrétaire au plus tard une semaine avant l'assemblée.] [Un pot de l'amitié
+ clôturera la réunion.|Votre présence compte : le quorum doit être atteint pour que les votes soient
+ valables.]
#! Votre trajet est confirmé | Réservation confirmée : covoiturage du {date} | Rappel : votre covoiturage avec
+ {sender}
Votre réservation est confirmée : trajet [au départ de {city}|à destination de {city}] le {date} à {time},
+ avec {sender}.
[Point de rendez-vous : parking de la gare, côté sortie nord.|Le point de rendez-vous exact est indiqué dans
+ l'application.] [Vous pouvez contacter votre conducteur via la messagerie de l'application.|En cas
+ d'empêchement, annulez au plus tôt pour être remboursé.]
[Voir le détail du trajet : {url}|Gérer votre réservation : {url}]
#! Vos documents sont à rendre | Médiathèque : rappel de retour | Prêt arrivant à échéance le {date}
La médiathèque [municipale de {city}|de votre quartier] vous rappelle que [{n} documents empruntés|les
+ documents que vous avez empruntés] sont à rendre avant le {date}.
[Vous pouvez prolonger votre prêt une fois, pour trois semaines, depuis votre compte lecteur : {url}|Les
+ documents peuvent être déposés à tout moment dans la boîte de retour, à côté de l'entrée.] [Passé ce délai,
+ votre carte sera suspendue jusqu'au retour des documents.|Pensez aux autres lecteurs : l'un de ces documents
+ a déjà été réservé.]
Ceci est un message automatique.
#! Vos résultats sont en ligne | Votre classement et vos photos | Merci d'avoir couru avec nous !
Bravo ! Vous avez terminé [les Foulées de {city}|le semi-marathon de {city}|la course des entreprises de
+ {city}] [le {date}|ce week-end].
Votre temps officiel et votre classement sont en ligne : {url}
[Vos photos de course sont téléchargeables gratuitement pendant {days} jours.|Votre diplôme de finisher est
+ disponible dans votre espace coureur.] [Une partie des frais d'inscription sera reversée à l'association
+ partenaire de la course.|Les inscriptions pour l'édition de l'an prochain ouvriront en {month}.]
"""
