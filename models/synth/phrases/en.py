"""English phrase bank (format: see models.synth.phrases)."""

BANK = """
## _greeting
Dear {name},
Hi {name},
Hello {name},
Good morning {name},
Dear Sir or Madam,
Hello,
Dear {name} and team,
Good afternoon {name},

## _opener
I hope you are well.
Thank you for your quick reply.
I hope you had a good weekend.
Thanks for getting back to me.
I hope this email finds you well.
Following up on our call earlier today.

## _closing
Kind regards,
Best regards,
Many thanks,
Thanks in advance,
Regards,
Best wishes,
Thank you,

## _fyi
FYI, see the message below.
Forwarding this to you – can you take care of it?
Please see below and let me know what you think.
For your information.
Could you handle this one? Thanks.
Passing this on, it is for your team.

## invoice
# Invoice {inv} | Invoice {inv} from {company} | {company} – invoice {inv} | Your invoice {inv}
[Please find attached|Attached you will find|Attached is] our invoice {inv} [for {amount}|dated
+ {date}|for the work carried out last month].
[Payment is due by {due}.|We kindly ask you to pay within {days} days.|The amount is due on {due}.]
[If you have any questions about this invoice, please let us know.|If anything is unclear, just reply to
+ this email.]
# New invoice available | Invoice {inv} is ready | Your {company} invoice
Your new invoice {inv} [is attached as a PDF|has been issued and is attached].
The total amount of {amount} will be [collected by direct debit on {due}|due on {due}].
[Thank you for your business.|Thank you for choosing {company}.]
# Invoice for order {po} | Order {po} – invoice {inv} | Invoicing order {po}
[As agreed,|Following the delivery of your order {po},] please find our invoice {inv} attached.
[The goods were delivered on {date}.|All items of order {po} have now been delivered.]
[Please quote the invoice number with your payment.|Kindly include {inv} as the payment reference.]
# Monthly statement and invoice | Invoice for {month} | {company} monthly invoice {inv}
Attached is the invoice for [our services in|the subscription period] {month}, number {inv}.
The amount of {amount} [is payable within {days} days|is due by {due}] to the account stated on the invoice.
# Invoice {inv} – {customer} | Billing: invoice {inv} | Invoice copy {inv}
[As requested,|Further to your request,] here is [a copy of|] invoice {inv} [for your records|for your
+ accounts department].
[The original was sent on {date}.|Please forward it to the right person if needed.]
# Documents for your order: invoice {inv} | Your purchase – invoice {inv}
Thank you for your order. [Attached is|We enclose] invoice {inv} with a total of {amount}.
[Payment terms: {days} days net.|Please pay by bank transfer before {due}.]
# Invoice attached | Please process invoice {inv} | Invoice to be paid: {inv}
Could you please forward the attached invoice {inv} to your accounts payable team?
It covers [the installation on {date}|the delivery of {product}|our consultancy hours].
[Payment is due on {due}.|Terms are {days} days.]
#! Your invoice from {company} is ready | New invoice {inv} | [Invoice|E-invoice] {inv} – {customer}
This is an automated message from the {company} billing system; please do not reply to this email.
A new invoice has been [issued|created] for {customer}: invoice {inv}, amount {amount}, due {due}.
[The PDF is attached to this email.|You will find the invoice as a PDF attachment.] [If you pay by direct
+ debit, no action is needed.|Please pay by bank transfer and quote {inv} as the reference.]
# Deposit invoice – quotation {quote} | Advance payment invoice {inv} | Down payment for your project
[As agreed in our quotation {quote}|In line with our offer {quote}], we invoice [a deposit|an advance payment]
+ of [30|40|50]% before we start.
Attached is invoice {inv} for {amount}. [Once the payment has been received we will schedule the work.|We will
+ order the materials as soon as the deposit is in.]
The remaining balance will be invoiced on completion.
# Invoice {month} | My invoice for {month} | {month} invoice
Here's my invoice for {month} ({inv}). [Any questions, just shout.|Shout if you need anything else for your
+ records.]
# Invoice {inv} – consultancy {month} | Hours {month}: invoice {inv} | Timesheet and invoice for {month}
Please find attached invoice {inv} for {n} [hours|days] of [consultancy work|project management|software
+ development] in {month}.
[The timesheet is attached as well, signed off by {colleague}.|The hours match the timesheet approved by
+ {colleague}.]
Please transfer {amount} to IBAN {iban}, quoting {inv}, [by {due}|within {days} days].
# Final invoice – {city} project | Final account {inv} | Closing invoice for the work in {city}
Now that the work in {city} [has been completed|was signed off on {date}], please find our final invoice {inv}
+ attached.
[The deposit you paid earlier has been deducted, leaving {amount} to pay.|It covers the remaining work and the
+ extra items we agreed on site.]
[Thank you for the pleasant cooperation.|It was a pleasure working with you on this project.] [Payment is due
+ within {days} days.|We would appreciate payment by {due}.]
# Renewal of your subscription | Annual renewal – invoice {inv} | Your [annual|yearly] renewal
Your [annual software subscription|yearly support contract|hosting package] renews on {date}.
Attached is invoice {inv} for the new period ({amount}). [If you no longer need the service, please let us
+ know before {date}.|Nothing changes in your plan or prices.]
# Your order has been paid – invoice attached | Invoice for your online order {po} | Order {po}: your invoice
Thank you for your order {po} in our webshop. [Your payment of {amount} has been received.|We have received
+ your card payment of {amount}.]
[The VAT invoice {inv} is attached for your administration.|For your bookkeeping, invoice {inv} is attached.]
+ [You do not need to pay it again.|This invoice has already been settled.]
# Transport invoice {month} | Freight charges {month} – invoice {inv} | Invoice {inv}: shipments in {month}
Please find attached our invoice {inv} for the [transport services|pallet shipments|courier runs] we carried
+ out for you in {month}.
It covers {n} [shipments|collections] [from your warehouse in {city}|between {city} and your customers], as
+ listed in the specification.
[Signed CMR notes and proofs of delivery are available on request.|The signed delivery notes are attached as a
+ separate PDF.] [The diesel surcharge of {percent}% has been applied as agreed.|Waiting times are charged
+ separately, as agreed.]
[Payment within {days} days, please.|The total of {amount} is due on {due}.]
# Rent and service charges – {month} | Invoice {inv} – rent [Q1|Q2|Q3|Q4] | Premises {city}: invoice {inv}
Attached is invoice {inv} for the [rent and service charges|rent, parking spaces and service charges] of your
+ [office|warehouse unit] in {city} for [the coming quarter|{month}].
[As in previous periods,|As agreed in the lease,] the amount of {amount} is payable in advance, by {due} at
+ the latest.
[The annual indexation of {percent}% has been applied from this period onwards.|The service charge settlement
+ for last year will follow separately.]
# Service visit {date} – invoice {inv} | Repair invoice {inv} | Call-out on {date}: our invoice
Following our technician's visit on {date} to repair your [boiler|forklift|packaging machine|server room air
+ conditioning], please find our invoice {inv} attached.
It includes [the call-out charge|{n} hours of labour], [the replacement parts|travel time] and the small
+ materials used.
[The signed service report is attached for reference.|A copy of the service report, signed by {colleague}, is
+ included.] [Amount due: {amount}, within {days} days.|Please pay {amount} by {due}.]
# Invoice {inv} for delivery | Our invoice {inv} | Invoice {inv} – goods delivered {date}
Hereby we send you the invoice {inv} for the goods [delivered on {date}|what we have shipped last week].
[The invoice is without VAT because it is an intra-community delivery (reverse charge).|VAT is reverse
+ charged, please use your own VAT number for the booking.]
Please make the payment of {amount} on our bank account {iban} [until {due}|in {days} days].
[For questions you can contact me any time.|Thank you for the good cooperation.]

## credit_note
# Credit note {cn} | Credit note for invoice {inv} | Your credit note {cn}
[Please find attached|Attached is] credit note {cn} [for|relating to] invoice {inv}.
[The amount of {amount} will be deducted from your next invoice.|We will refund {amount} to your account
+ within {days} days.]
# Credit for returned goods | Return processed – credit note {cn}
We have received the goods you returned and [issued|processed] credit note {cn} for {amount}.
[Apologies for the inconvenience.|Thank you for your patience.]
# Correction of invoice {inv} | Corrected invoice – credit {cn}
[Our invoice {inv} contained an error.|Invoice {inv} was charged at the wrong price.] We have therefore
+ issued credit note {cn}.
[A corrected invoice will follow separately.|The corrected amount is shown in the attachment.]
# Credit note as agreed | Credit {cn} – {company}
As agreed [on the phone|in our meeting], we are crediting {amount} against invoice {inv}.
The credit note {cn} is attached [for your records|for your bookkeeping].
# Refund of overpayment | Credit note {cn} for double payment
[It seems|We noticed] invoice {inv} was paid twice. Attached is credit note {cn} for the overpaid amount
+ of {amount}.
Please let us know whether you prefer a refund or a deduction from the next invoice.
# Price adjustment credit | Credit note {cn} – price adjustment
Following the price adjustment for {product}, we have issued credit note {cn}.
[It refers to invoice {inv}.|The credit of {amount} refers to invoice {inv}.]
# Your credit note | Credit note {cn} attached
Please find the credit note {cn} attached [regarding the cancelled order {po}|for the missing items of
+ order {po}].
[The amount has been credited to your account.|No further action is needed on your side.]
#! Credit note {cn} issued | New credit note for your account | Credit note {cn} – {company}
This is an automated message from {company}.
A credit note has been [issued|created] for your account: {cn}, amount {amount}, relating to invoice {inv}.
[The credit will be offset automatically against your next invoice.|The amount will be refunded to the bank
+ account we have on file.] The document is attached as a PDF.
# Goodwill credit | Our apologies – credit note {cn} | Compensation for the delay on order {po}
We are sorry [that order {po} arrived so late|for the problems with your last delivery|about the trouble you
+ had with the installation].
As a gesture of goodwill we have credited {amount}; credit note {cn} is attached.
[We hope this settles the matter.|We hope to make it up to you with your next order.]
# Annual rebate – credit note {cn} | Your volume bonus for last year | Year-end rebate
Thanks to your purchases last year, you qualify for our [volume rebate|year-end bonus] of {percent}%.
We have issued credit note {cn} for {amount}, [which will be paid out within {days} days|which you can deduct
+ from your next payment].
[Thank you for your loyalty.|We look forward to another good year together.]
# Service credit for the outage on {date} | Credit for downtime | SLA credit {cn}
Because of the [service outage|downtime of our platform] on {date}, the agreed availability was not met.
In line with the service level agreement, you receive a credit of {amount} on your
+ [subscription|hosting|support] invoice {inv}.
[Credit note {cn} is attached.|You will find credit note {cn} in the attachment.] [We apologise again for the
+ disruption.|Our technical report on the incident will follow separately.]
# Credit note for the damaged pallets | As promised: credit {cn} | Credit {cn}
As promised on the phone, here's the credit note for the damaged [pallets|boxes]: {cn}, {amount}.
# Returned pallets and crates | Credit for returned deposit items | Deposit refund – credit note {cn}
We have received [{n} returned pallets|the returned crates and pallets] from your site in {city}.
The deposit of {amount} has been credited on credit note {cn}. [It will be set off against invoice {inv}.|You
+ may deduct it from your next payment.]
# Cancellation of your subscription | Pro-rata credit {cn} | Credit for the unused period
As requested, your [software subscription|cloud backup subscription|support contract] ended on {date}.
[We have credited the unused months|The part of the annual fee you paid in advance has been credited] on
+ credit note {cn} ({amount}).
[The amount will be refunded to your account within {days} days.|No further invoices will be sent.] [Sorry to
+ see you go.|If you change your mind, you are always welcome back.]
# Credit note {cn} – VAT correction | Invoice {inv} cancelled: credit note {cn} | Reverse charge – corrected
+ invoice
[We charged VAT on invoice {inv} by mistake|Invoice {inv} was issued with VAT], although your company is
+ registered for VAT in another EU country and the reverse charge applies.
We have therefore cancelled the invoice in full with credit note {cn} ({amount}).
[A new invoice without VAT, stating both VAT numbers, follows in a separate email.|The replacement invoice is
+ attached as well; please book it instead of {inv}.]
# Cancelled training places | Credit note {cn} – training on {date} | Credit for cancelled registrations
You cancelled {n} places for [our training|the workshop|the course] on {date} in good time, [more than two
+ weeks before the start|within the free cancellation period].
[The fees for these places have been credited in full|We have credited the fees, less a small administration
+ charge,] on credit note {cn}, total {amount}.
[The credit relates to invoice {inv}.|You will find the credit note attached.]
# Warranty claim – credit instead of replacement | Credit note {cn} – your warranty claim | Claim {n}{n}{n}:
+ settled
Our workshop has examined the [label printer|pump|monitor|power drill|coffee machine] you sent in [under
+ warranty|on {date}].
[Unfortunately it cannot be repaired, and the model is no longer available.|A repair would not be economical.]
+ [Instead of a replacement|As discussed with {colleague}], we have credited the purchase price.
Credit note {cn} for {amount} is attached; [it refers to invoice {inv}|you may deduct it from your next
+ payment].
# Annual settlement – credit {cn} | Your [energy|electricity|gas] settlement | Year-end settlement: you have a
+ credit
Your annual [electricity|gas|energy] settlement for the period up to {date} is attached.
[Your actual consumption was lower than your advance payments|The meter readings show a lower use than
+ estimated], so you have a credit of {amount}.
[We will refund this amount to your account within {days} days, see credit note {cn}.|Credit note {cn} will be
+ set off against your next monthly instalments.] [Your new monthly instalment is shown in the settlement.|No
+ action is needed on your part.]

## purchase_order
# Purchase order {po} | New order {po} | Order {po} from {customer}
Please [find attached|see attached] our purchase order {po}.
[Kindly confirm receipt and the delivery date.|Please confirm the order and expected delivery.]
[Delivery address as stated on the order.|Please quote {po} on your delivery note and invoice.]
# Order: {product} | We would like to order | New order – {customer}
We would like to order the following:
{items}
[Our order reference is {po}.|Please use order number {po} on all documents.] [Delivery by {date} would
+ be appreciated.|Please deliver as soon as possible.]
# Repeat order {po} | Re-order {product}
[Could you please|Please] repeat our last order of {product}, {n} units.
Our new order number is {po}. [Same delivery address as before.|Please deliver to our warehouse.]
# PO {po} – please confirm | Order confirmation requested {po}
Attached is purchase order {po} [for {amount}|for the items we discussed].
Please send an order confirmation [by return|within {days} days] with your expected delivery date.
# Urgent order {po} | Urgent: order for {product}
We urgently need {n} x {product}. [Can you deliver by {date}?|Is express delivery possible?]
[I have attached|Attached is] the purchase order {po}.
# Order for next month | Order {po} – delivery {month}
For our planning in {month}, please [supply|deliver] the following items:
{items}
Purchase order number: {po}.
# Order placed via email | Our order {po}
Further to your quotation {quote}, we are pleased to place an order.
Purchase order {po} is attached. [Please confirm the delivery date.|We look forward to the delivery.]
#! Purchase order {po} from {customer} | New purchase order {po} | PO {po} – {customer}
This purchase order was [generated|sent] automatically by the purchasing system of {customer}.
Purchase order {po} is attached as a PDF. [Please confirm the order within {days} days, stating the delivery
+ date.|Please send your order confirmation to our purchasing department, not to this address.]
[Invoices without the order number {po} cannot be processed.|Please state the order number on your delivery
+ note and invoice.]
# Call-off under our framework agreement | Call-off order {po} | Call-off {po}
Under our framework agreement, we hereby call off {n} [units|pallets] of {product} for delivery [on {date}|in
+ week {n}].
Our call-off number is {po}. [Prices and conditions as agreed in the framework contract.|One invoice per
+ call-off, please.]
# More {product} please | Quick order | Top-up order {po}
Could you send us another {n} x {product} for our {city} site? PO number {po}. Thanks!
# Order: work on {date} | Assignment {po} | Go-ahead for the work in {city}
We hereby commission you for [the installation work|the maintenance work|the window cleaning] at our site in
+ {city} [on {date}|in the week of {date}].
[The price is as stated in your offer {quote}.|The agreed fixed price is {amount} excluding VAT.] Our purchase
+ order number is {po}; please mention it on your invoice.
[Please report to reception on arrival.|{colleague} will be your contact on site.]
# Delivery instructions for order {po} | Order {po} – please note delivery times | New order {po}, delivery to
+ {city}
Please find our order {po} attached.
[Deliveries are only possible on weekdays between 7:00 and 15:00.|Our goods receiving is open from 7:00 to
+ 15:00, Monday to Friday.] [Please call {sender} half an hour before arrival.|The driver should report at
+ gate 2.]
[Partial deliveries are not accepted.|Partial deliveries are fine as long as everything arrives by {date}.]
# Change to order {po} | Amendment to PO {po} | Order {po}: revised quantity
Please amend our order {po}: [we now need {n} units instead of the original quantity|the delivery date changes
+ to {date}|please add {n} x {product}].
All other terms stay the same. [An updated purchase order is attached.|Could you send us a revised order
+ confirmation?]
# Order for the new office | Office equipment – PO {po} | Furniture and IT for {city}
For the new office in {city}, we would like to order:
{items}
Please invoice [our head office|cost centre {n}00] and quote PO {po}. [Delivery before {date} is essential, as
+ the staff move in that day.|The building is accessible from {date}.]
# Print order {po} | Order {po}: printing | Print job {po}, artwork attached
Please print [{n}00 copies of our product brochure|{n}00 business cards for {colleague}|{n}00 A5 flyers for
+ {event}] [on 170 g silk paper|double-sided, full colour], as per your price list.
[The print-ready artwork is attached as a PDF.|Our designer will send you the files separately today.] [Please
+ send us a proof before you go to print.|No proof needed, the files are final.]
Our order number is {po}; [delivery to our office in {city}, please|we will collect from your shop on
+ {weekday}].
# Drop shipment – order {po} | Order {po}: please deliver directly to our customer | Direct delivery to {city}
Please supply the following and ship it directly to our customer in {city} ([address below|delivery address on
+ the attached order]):
{items}
[Please use neutral packaging and do not enclose any prices or invoices.|The delivery note must show our order
+ number {po}, but no prices.]
[Invoice to us as usual, quoting {po}.|Your invoice goes to us, not to the customer.] [Delivery by {date},
+ please – the customer is waiting.|Please send us the tracking number once it has left.]
# Trial order | First order {po} – trial | Test order
After our meeting we like to make a first trial order of [{n} pallets of packaging boxes|{n}00 pairs of safety
+ shoes|{n}0 LED panels|{n} boxes of stainless steel bolts].
[When the quality is good, we plan to order bigger quantities every month.|If the test in our production goes
+ well, a bigger order will follow.]
Our order number is {po}, [prices as in your offer {quote}|with the introduction discount you promised].
[Please confirm the delivery date.|Please send the order confirmation to me.]
# Catering order for {date} | Lunch for {n}0 people – order {po} | Booking: catering on {weekday}
We would like to order [lunch|a sandwich buffet|coffee, tea and pastries] for {n}0 people on {date}, to be
+ delivered to room {room} at our office in {city} by [11:30|12:00|12:15].
[Please include [two|three] vegetarian options and label any allergens.|Please also bring cups, plates and
+ napkins.]
[Order number {po}; invoice to our office manager, please.|The order number for your invoice is {po}.]

## quote_request
# Request for quotation | Quotation request – {product} | RFQ {quote}
We are [looking for|interested in] {n} units of {product} and would like to receive your best price.
[Could you also tell us the delivery time?|Please include delivery costs and lead time.]
[Our reference is {quote}.|Please quote reference {quote} in your reply.]
# Price inquiry | Can you send us a quote? | Quote for {product}
Could you send us a quotation for {product}? [We need about {n} pieces.|Quantity: {n}.]
[We would need delivery by {date}.|Delivery would be to {city}.]
# Quote needed for project | Quotation for installation work
For a project in {city} we need a quotation for [installation work|maintenance services|cleaning services].
Can someone [visit our site|call me] to discuss the details? [Ideally before {weekday}.|We would like to
+ decide by {date}.]
# Tender: request for offer {quote} | Invitation to quote {quote}
We invite you to submit an offer for the supply of {product}.
[Please send your offer by {date}.|Offers must reach us by {date}.] Reference: {quote}.
# Pricing for {n} units | Volume pricing question
What would be your price for {n} units of {product}? [Do you offer volume discounts?|Are there discounts
+ for a yearly contract?]
# Quote request from website | Inquiry: {product}
I found your company online and would like a quote for {product}.
[What are your prices and delivery terms?|Could you send a price list?]
# Updated quote please | Revised quotation {quote}
Could you [update|revise] your quotation {quote}? [We now need {n} units instead.|The delivery address
+ has changed to {city}.]
# Quote for the following items | Price request – list below | Quotation please
Could you [give us a price for|quote for] the following items?
{items}
[Please state your delivery time and whether the prices include transport.|We would also like to know your
+ payment terms.] [We are comparing several suppliers and will decide by {date}.|This is for a first order;
+ regular orders may follow.]
# Cleaning contract – request for proposal | Maintenance contract {quote} | Quote for a [yearly|multi-year]
+ service contract
Our current contract for [office cleaning|the maintenance of our installations|the maintenance of our heating
+ and air conditioning] expires on {date}, and we are asking several companies for a proposal.
The [building in {city}|site] has about {n}00 m² of floor space. [A site visit can be arranged with
+ {colleague}.|Please let us know when you could come and have a look.]
[Please include your hourly rates and any call-out charges.|We would like a price per month and your notice
+ period.] Reference: {quote}.
# Price for {n} x {product}? | Quick price question | How much for {n}?
What would {n} x {product} cost, delivered to {city}? Thanks.
# Training for our team | Quote for a workshop on {date} | In-house training – price?
We are looking for [an in-house training|a workshop] for about {n} employees, [ideally on {date}|some time in
+ {month}].
[Could you send us a proposal with the programme and the price?|What would it cost, including materials and
+ travel?]
[The training would take place at our office in {city}.|We can provide a room and a projector.]
# Repair quote needed | How much would a repair cost? | Repair – can you help?
Our [forklift|coffee machine|air conditioning|label printer] [broke down last week|is no longer working
+ properly].
Could you tell us what a repair would cost, [or whether replacing it would be cheaper|and how quickly you
+ could come]? [It is out of warranty.|We bought it from another supplier.]
# Alternative supplier needed | Do you have this in stock? | Availability and price – urgent
Our regular supplier [can't deliver|has run out of] [copier paper|toner cartridges|packaging boxes|copper
+ pipe|safety shoes] [until {month}|for the coming weeks].
Could you help us out, and at what price for {n} units? [We'd need them by {date}.|Speed matters more than
+ price this time.]
# Rental request | Hire quote for {n} days | Rental prices
We'd like to [rent|hire] [a forklift|two forklifts|a mobile generator|scaffolding] for {n} days from {date} at
+ our site in {city}.
[What would that cost, including delivery and collection?|Could you send us a quote, including insurance?]
# Same as last year? | Prices for a repeat of order {po} | Quote based on our order {po}
Last [year|spring] we ordered [{n} x {product}|the items on order {po}] from you, and we will need the same
+ again for {month}.
[Before we place the order, could you confirm whether your prices are still the same?|Could you send us an
+ updated quotation, as we assume prices have changed?] [The quantities may go up by about {percent}%.|Please
+ also confirm the current lead time.]
# Room hire and catering – {date} | Quote for a company event | Event for {n}0 guests
We are planning [a customer evening|our staff summer party|a product launch] for about {n}0 guests on {date}
+ and are looking for a venue in or near {city}.
Could you send us a quote for [room hire, catering and drinks|a buffet dinner and drinks|the room with a
+ projector and lunch]? [Our budget is around {amount}.|We'd need the room from {time}.]
[Is the date still available?|We'll decide in the next two weeks.]
# Drawing attached – please quote | RFQ machined parts | Quote for custom parts to drawing
Attached is a drawing for [a bracket|a shaft|a housing|a mounting plate] in [stainless steel|aluminium]; we'd
+ need a price for {n}00 pieces.
[Tolerances and surface finish are on the drawing.|Material certificates 3.1 are required.]
[Please quote the unit price, tooling costs if any, and the lead time for the first batch.|Could you also
+ quote for {n}000 pieces per year on call-off?]
# Freight quote from {city} | Transport quote request | Rate for {n} pallets a week
We are looking for a haulier for a regular transport of about {n} pallets a week from our warehouse in {city}
+ to [Milan|Lyon|Warsaw|Hamburg].
[Non-stackable, max. 600 kg per pallet.|Standard euro pallets, stackable.] [Please quote a price per pallet
+ and per full load.|Please include tail-lift and any toll or fuel surcharges.]
[We'd like to start in {month}.|Reference: {quote}.]
# Logo mugs | Branded merchandise – price? | Quote for promotional items
We'd like [mugs|pens|tote bags|USB sticks] with our logo [for our stand at {event}|as a Christmas gift for
+ customers] – about {n}00 pieces.
[What would that cost in one colour and in full colour?|Could you send prices for two or three different
+ models?] [We need them by {date} at the latest.|Our logo is attached as a vector file.]
# Laptops for new staff | Quote for IT hardware | {n} laptops including setup
We're hiring and need {n} [laptops|workstations] with docking stations and monitors [by {date}|in {month}].
[Please quote including setup, installation of our standard software and three years' warranty.|Could you
+ quote two options, a standard and a more powerful model?] [We'd also like a price for leasing instead of
+ buying.|Delivery would be to our office in {city}.]
# Request of offer | Inquiry for supply | Offer request – new supplier search
We are a [trading company|manufacturer] from {city} and we search a new supplier for [packaging
+ boxes|stainless steel fasteners|LED lighting|safety shoes|copper pipe].
Please send us your best offer [EXW|FCA|DAP {city}] for {n}000 pcs, with the minimum order quantity and the
+ payment terms.
[Also please tell us if you can send samples.|If the price is good, we can make a yearly contract.]
# Can you match this price? | Competing offer received | Price check – {product}
We have a competing offer for [{n} x {product}|our annual requirement of {product}] at {amount}, delivery
+ included.
[We'd prefer to stay with you, but the difference is too big.|Your last quotation {quote} was clearly higher.]
+ [Could you take another look and send us your best price by {weekday}?|Is there any room in your price?]
# Translation of our manual | Quote for translation | Price for translating {n}0 pages
We need our [user manual|website|product catalogue|general terms and conditions] translated from English into
+ [German and French|Dutch|Spanish and Italian], about {n}0 pages.
[Could you let us know your price per word and the turnaround time?|What would it cost, including proofreading
+ by a second translator?] [The files are in Word and InDesign format.|We could send you a sample page.]
# Rough estimate for our budget | Ballpark figure – renovation | Budget estimate needed
We are preparing our budget for next year and need a rough estimate for [renovating our canteen|new LED
+ lighting in the warehouse|replacing the roof of our workshop|a new access control system] in {city}.
[It doesn't need to be exact at this stage – a ballpark figure is fine.|A formal quotation can follow later,
+ once the budget is approved.] [Could you give us a number by {date}?|Happy to show you the site if that
+ helps.]
# Reprint of our annual report | Quote: same job as invoice {inv} | Price for a reprint – {n}00 copies
Last year you printed our [annual report|product catalogue|price list|customer magazine] (your invoice
+ {inv}), and we would like to have [the new edition|a similar job] printed again this year.
[It will be {n}0 pages, same paper and format.|The specifications are the same, only the run goes up to
+ {n}00 copies.] [Could you let us know what it would cost now?|Could you send us a quotation before we commit
+ to it?]
[We'd need the copies by {date}.|The files would be ready at the end of {month}.]
# Coffee machines for our office | Quote: coffee service | Bean-to-cup machines – rental or purchase?
We're [moving to a new office in {city}|reorganising our canteen|replacing our old machines] and are looking
+ for [{n} bean-to-cup coffee machines|a coffee and water solution] for about {n}0 staff.
[Could you quote for both rental and purchase, including maintenance?|What would a monthly all-in price be,
+ including beans, milk and cups?] [We'd like to have something in place by {month}.|Could someone come and
+ see the space first?]
# Availability of nitrile gloves | Annual supply – disposables | Quote request: gloves and masks
Our [dental practice|group of care homes|clinic] uses about {n}00 boxes of [nitrile gloves|surgical
+ masks|wound dressings] a month, and we're looking for a [more reliable|second] supplier.
[Before we commit, could you confirm that you can deliver these quantities every month?|Do you have enough
+ stock to deliver monthly without interruptions?] [Please quote per box, with prices for {n}00 and {n}000
+ boxes.|A price for a 12-month agreement would be ideal.]
[Samples for our staff to try would be welcome.|Delivery would be to {city}.]
# Fee estimate for a contract review | Legal advice – what would it cost? | Request for a fee proposal
We're about to sign [a distribution agreement with a partner abroad|a new lease for our premises in
+ {city}|a large supply contract] and would like a lawyer to review it before we do.
The contract is about {n}0 pages. [Could you give us an estimate of your fees, or a fixed price?|What would
+ your hourly rate be, and roughly how many hours would you expect?]
[We'd need your comments by {date}.|We could send you the draft under a confidentiality agreement.]
# Contract harvesting – price per hectare | Combining this summer | Harvest work in {month}
We farm about {n}00 hectares near {city} and are looking for a contractor for [combining our wheat and
+ barley|harvesting our maize for silage|baling straw] this [summer|season].
[What do you charge per hectare, including transport to our yard?|Could you give us a price per hectare, and
+ per hour for the trailers?] [Would you have capacity in {month}?|Are you still taking on new customers this
+ season?]
# Skip hire for building waste | Container for our renovation | Price for waste removal
We're [renovating our shop in {city}|clearing out our old warehouse|stripping out an office floor] and need
+ [a 20 m³ container|{n} skips] for [mixed building waste|rubble and wood] for about {n} weeks from {date}.
[What would that cost, including delivery, exchanges and disposal?|Could you quote a price per exchange and
+ per tonne?] [The container would have to stand on the public road – can you arrange the permit?|There is
+ room for it in our own car park.]
# Coach hire for a school trip | Quote: coach to {city} on {date} | Transport for {n}0 pupils
Our school is planning [a day trip|a two-day trip|an excursion] to {city} on {date} for {n}0 pupils and {n}
+ teachers.
[Could you quote for a coach with driver, leaving at 8:00 and back by about 18:00?|What would a coach cost for
+ the return journey, including the driver's waiting time?] [Please confirm that the coach has seat
+ belts.|We would also need space for a wheelchair.]
[We need to confirm the trip to parents by {date}.|Is the date still available?]
# Additional licences – order {po} | Price for {n}0 more users? | Extending our licence order
With order {po} we bought {n}0 licences for [your planning software|your CRM|the accounting package] in
+ {month}.
[We are taking on more staff and will need another {n}0 users.|Two more departments now want to use it.]
[What would the additional licences cost, pro rata until the end of our current term?|Could we get them at
+ the same discount as the original order?] [Please send us a quotation – we'll raise a purchase order once it
+ is approved.|Before I ask for the budget, I need a formal quotation.]
# Solar panels on our roof | Quote for a PV installation | Solar for our warehouse – price?
We're looking at putting solar panels on the roof of our [warehouse|workshop|office building] in {city}, about
+ {n}00 m² [of flat roof|of south-facing pitched roof].
[Our electricity use is around {n}0,000 kWh a year, mostly during the day.|We run cold stores, so most of our
+ power is used during daylight hours.]
[Could you quote for a system sized to our use, including installation, the inverter and the grid
+ connection?|Could you send us an indicative price, and tell us whether a battery would make sense for us?]
+ [Someone can show you the roof any weekday.|We'd also like to know the expected payback period.]
# Pest control contract – quote | Quote for pest control at our premises | Pest control for our kitchen
We run [a bakery|a restaurant with a commercial kitchen|a food warehouse] in {city} and are looking for a pest
+ control contract [as our current one ends in {month}|following our last food hygiene inspection].
[We'd need regular visits, bait stations and a written report we can show the inspector.|We'd like {n} routine
+ inspections a year, with call-outs included for any problems in between.]
[What would that cost per year?|Could you send us a price for a twelve-month contract, and tell us how quickly
+ you can respond in an emergency?]
# Product photos for our webshop | Quote for a photo shoot | Photography – {n}0 products
We're relaunching our webshop in {month} and need new photos of about {n}0 products – [{product} and similar
+ items|mostly small items on a white background|a mix of packshots and lifestyle images].
[Could you quote for a shoot in your studio, including editing and web-ready files?|Would you be able to come
+ to our premises in {city}, or should we bring the products to you?]
[We'd also like a few shots of our team and premises for the "About us" page.|Please let us know what usage
+ rights are included in the price.] [We'd need the final images by {date}.|Even a rough price per product
+ would already help.]
# Lease quote for {n} vans | Van fleet – leasing offer | Quote: contract hire for our delivery vans
Our delivery vans are [due for replacement|coming to the end of their lease] in {month}, and we're asking a
+ few companies to quote for {n} new [panel vans|refrigerated vans|electric vans].
[We'd like 48-month contract hire with maintenance, at around 25,000 miles a year per vehicle.|Please quote
+ for 36 and 48 months, with and without maintenance, for about 20,000 miles a year.]
[Racking in the back and our logo on the sides should be priced as separate options.|Could you also tell us
+ the current delivery times?] [We'd like to decide by {date}.|Our fleet list with current mileages is
+ attached.]
# Warehousing for our stock | Quote for storage and fulfilment | 3PL – price per pallet?
We [import|manufacture] [garden furniture|household goods|cosmetics] and are looking for a logistics partner
+ to store around {n}00 pallets near {city} from {month}.
[We'd also need pick and pack for webshop orders – roughly {n}00 parcels a week, with peaks before
+ Christmas.|Outbound is mostly full pallets to retailers, about {n}0 a week.]
[Could you quote for storage per pallet per week, handling in and out, and any set-up or system
+ charges?|Please send us your rates and tell us which carriers you work with.] [Our current contract ends on
+ {date}.|A product list with dimensions is attached.]
# Printed boxes for our webshop | Quote: shipping boxes with our logo | Custom packaging – price request
We'd like to switch to [printed mailer boxes|shipping boxes printed with our logo] for our online orders, in
+ [two|three] sizes.
[We send about {n}00 parcels a month, so we'd need a few thousand boxes for a first order.|Could you quote for
+ {n}000 of each size, and tell us the price breaks at higher quantities?]
[Printing in one colour on the outside would be enough.|Ideally the inside would be printed too.] [Recyclable
+ board and paper tape are important to us.|Please include the cost of printing plates or tooling.]
[Could you send us a quote and a sample box?|How long would the first order take?]
# Payroll for our staff – quote | Outsourcing our payroll | Fee proposal for payroll and pensions
We're a [restaurant group|building firm|dental practice] with about {n}0 employees, some on monthly salaries
+ and some paid weekly by the hour, and we're thinking of outsourcing our payroll.
[We'd need payslips, the monthly filings to the tax authorities, pension auto-enrolment and the year-end
+ returns.|Would you also handle starters and leavers, holiday pay and the pension submissions?]
[Could you give us a monthly fee, or a price per payslip?|What would your fee be, and how would the changeover
+ work?] [Ideally we'd switch at the start of the new tax year.|We'd like to start from {month}.]
# PAT testing and fire extinguishers | Quote for annual safety checks | Electrical testing at our premises
We need [PAT testing for about {n}00 portable appliances|a periodic inspection of our electrical
+ installation|our fire extinguishers and emergency lighting serviced] at our [offices|shop and workshop|two
+ sites] in {city}.
[The work would have to be done outside opening hours or on a Saturday.|We can give you access on any weekday
+ from 7:00.]
[Could you quote a fixed price, including the certificates and a list of anything that fails?|What would it
+ cost, and could you also quote for doing it every year?] [Our insurer wants it done by {date}.|Last year's
+ report is attached.]

## complaint
# Damaged delivery | Complaint: delivery {po} arrived damaged | Damaged goods – order {po}
The delivery for order {po} arrived [yesterday|this morning|on {date}] and [several|{n}] boxes were
+ [damaged|crushed|wet].
[We cannot use the goods like this.|Most of the items are unusable.]
Please [send a replacement|arrange a replacement delivery|issue a credit note] [as soon as possible|by
+ the end of the week].
# Wrong items delivered | Incorrect delivery for order {po}
We received the wrong items for order {po}. [Instead of {product} we got something else.|Half of the
+ delivery does not match the order.]
[Please collect them and send the correct items.|This is the second time this has happened.]
# Late delivery – very disappointed | Still waiting for order {po}
We are still waiting for order {po}, which was promised for {date}.
[This is causing problems for our own customers.|Our production is at a standstill.] [I expect an answer
+ today.|Please tell me when it will arrive.]
# Invoice {inv} is wrong | Complaint about invoice {inv}
Your invoice {inv} [charges us for items we never received|uses the old price|has been charged twice].
[We will not pay it until it is corrected.|Please send a corrected invoice or a credit note.]
# Poor service | Complaint about your technician | Unacceptable service
I am [very unhappy|extremely dissatisfied] with the service on {date}. [The technician arrived three
+ hours late.|The work was left unfinished.]
[I would like to speak to a manager.|I expect compensation.]
# Faulty product | Defective {product}
The {product} we bought [stopped working after {n} days|was defective on arrival].
[We would like a refund.|Please replace it under warranty.] [Photos are attached.|Let me know where to
+ return it.]
# Missing items | Incomplete delivery order {po}
Order {po} was incomplete: [{n} items are missing|the {product} was not in the box].
[Please deliver the missing items.|Please credit the missing items.]
# Your staff member on the phone | Complaint about the way I was treated | Unacceptable behaviour at your
+ counter
I [called|visited] your [customer service|branch in {city}] on {date} about order {po}, and the [person I
+ spoke to|employee at the counter] was [extremely rude|dismissive and unhelpful].
[I was told it was "not their problem" and the call was ended.|Nobody even tried to find a solution.] [This is
+ not how I expect to be treated as a customer of many years.|I would like an apology.]
# Missed appointment on {date} | Technician did not show up | No-show – again
We had an appointment for {date} [between 8:00 and 12:00|in the morning], and nobody showed up.
[I took a day off for this.|Our staff waited all day.] Nobody called to cancel either.
[I want a new appointment this week and compensation for the lost time.|Please tell me what went wrong and
+ when someone will come.]
# Platform down | Outage – no access to your portal | Third outage this month
Your [system|platform|portal] has been [down|unreachable] since {time} today, and we cannot [process any
+ orders|invoice our customers].
[This is the third outage this month.|Your status page still says everything is fine.] [We pay for 99.9%
+ availability and this is nowhere near it.|Please escalate this immediately.]
[We will claim the service credit under our contract.|I expect a written explanation of the cause.]
# Refund still not received | Where is my refund? | Promised refund – still nothing
On {date} you confirmed that we would get a refund of {amount} [for the returned goods|for order {po}].
[It has been {days} days and nothing has arrived.|We still have not received a credit note or the money.]
+ [Every time I call, I am told it is being processed.|I am running out of patience.]
[Please transfer the amount this week.|If the money is not in our account by {due}, we will withhold payment
+ of your open invoices.]
# Wrong size delivered | Order {po} – not as ordered | Quality not as agreed
The [safety shoes|work jackets|uniforms] we received with order {po} [are the wrong size|are not the colour we
+ ordered|do not match the sample you showed us].
[We ordered size L and received M throughout.|The quality is clearly lower than the sample.] [Please exchange
+ them free of charge.|We will return everything at your expense.]
# Third email – no reply | Still no answer to my question | Why does nobody answer?
This is my third email about [order {po}|invoice {inv}|our warranty claim], and I still have not had a reply.
[Your phone line is always busy.|The chat just sends me back to the FAQ.] I find this very poor service.
[If I do not hear from you by {weekday}, we will look for another supplier.|Please have someone call me
+ today.]
# Charged after cancellation | Direct debit without authorisation | You are still billing us
We cancelled [our contract|the software subscription|our cloud backup plan] on {date}, [as confirmed in
+ writing|with the required notice], but you have debited another {amount} from our account.
[Please refund this amount immediately and confirm the cancellation.|I have asked our bank to reverse the
+ direct debit.] [I do not want to receive any further invoices.|As far as we are concerned, your invoice
+ {inv} is void.]
# Charges not in your offer | Invoice {inv}: extra charges | Unagreed surcharges on invoice {inv}
Your invoice {inv} includes [a "handling fee"|a fuel surcharge|travel time for your engineers|an environmental
+ surcharge] that was not mentioned anywhere in your offer {quote}.
[We accepted a fixed price and expect to pay exactly that.|Nobody told us about these charges in advance.]
+ [Please remove these items and send us a corrected invoice.|We will only pay the amount from your offer
+ until this is sorted out.]
# Your driver | Delivery left outside in the rain | Complaint about the delivery of order {po}
Yesterday your driver [left our delivery on the pavement outside|dropped the pallet at the gate] without
+ ringing, [even though we were open|and drove off before anyone could sign].
[By the time we found it, the boxes were soaked.|Anyone could have taken it.] [This is not the first time.|We
+ pay for delivery to our goods-in, not to the street.]
[Please speak to your driver and tell us how you will prevent this in future.|I expect you to replace anything
+ that turns out to be damaged.]
# Damage caused by your fitters | Damage to our premises in {city} | Complaint: installation on {date}
During the [installation|work] on {date}, your [fitters|engineers] [scratched our new floor|damaged the wall
+ in reception|broke a glass door] and left [packaging and rubbish|dust everywhere] behind.
[We had to call in cleaners the next morning before our customers arrived.|Photos are attached.]
[We expect you to cover the cost of the repair.|Please tell us how you intend to put this right.] [Until then
+ we are holding back payment of your final invoice.|Please inform your insurer.]
# Same fault again | Third repair – same fault | Repaired three times, still broken
This is the [third|fourth] time that our [label printer|coffee machine|forklift|laptop|packaging machine] has
+ come back with the same fault. [It was last repaired on {date}.|The last repair lasted exactly {n} days.]
[We have lost confidence in this unit.|Frankly, we are fed up.] [We want a new one or our money back, not
+ another repair.|Please replace it under warranty rather than sending it to the workshop again.]
# Cleaning not done properly | Office cleaning – again not acceptable | Complaint about the cleaning service
For the past [two weeks|few weeks] the cleaning of our office in {city} has been [well below standard|very
+ poor]: [bins are not emptied, the kitchen is dirty and the toilets are not checked|floors are not mopped and
+ the meeting rooms are left as they are].
[We have raised this with your cleaner twice without any change.|I already mentioned this to your supervisor
+ on {date}.]
[Please arrange an inspection this week.|If nothing improves this month, we will terminate the contract as the
+ agreement allows.]
# Unsubscribe – third request | Stop emailing us | Data protection complaint
I have asked [three times|repeatedly] to be removed from your mailing list, [most recently on {date}|and each
+ time you confirmed it], but we still receive your [newsletters|promotional emails] almost every week.
[I also never gave you permission to use this address.|Our address has apparently been passed on to your
+ partners as well.]
[Please delete all our data and confirm this in writing within {days} days.|If this continues, I will report
+ it to the data protection authority.]
# Catering on {date} | Very disappointed with the catering | Complaint: lunch for our event
The catering you delivered for our [customer event|training day|board meeting] on {date} was [a real
+ embarrassment|not what we ordered].
[It arrived {n}0 minutes late and the hot dishes were cold.|There were {n} portions short and nothing
+ vegetarian, although we had asked for it.]
[We do not think the full price on your invoice is justified.|We expect a substantial reduction on the
+ invoice.] [Please call me to discuss.|I look forward to your proposal.]
# Reminder fees on invoice {inv} | Why are you charging us reminder fees? | Invoice {inv} never received
Today we got [your second reminder|a reminder with fees] for invoice {inv}, which we had never seen before.
[You keep sending invoices to our old address, although we told you about the move on {date}.|The invoice went
+ to the email address of a former employee.]
[We will pay the invoice itself, but not the reminder fees.|We will pay {amount} as soon as we have the
+ invoice, without the fees.] [Please finally update your records.|Please correct your records and cancel the
+ fees.]
# Short shelf life | Delivery {po}: best-before dates too short | Goods close to expiry
The [coffee|soft drinks|snacks for our vending machines|food items] delivered with order {po} have a
+ best-before date only [{n} days|{n} weeks] away.
[Our agreement says at least six months of remaining shelf life on delivery.|We cannot sell them before they
+ expire.]
[Please collect them and deliver fresh stock.|We will only accept this delivery with a {percent}% discount.]
# Problem with delivery {po} | Pallets and documents | Delivery {po} not OK
Your delivery of today is not OK.
The pallets are not euro pallets, our forklift can not take them and we had to unload by hand.
[Also there was no delivery note and no certificate with the goods, so our quality department has blocked
+ them.|Also the material certificates are missing, so we can not use it in production.]
[Please send the documents today and next time use normal pallets.|We will charge the extra work to you.]
# Print run for {event} | Brochures printed from the wrong file | Order {po}: wrong version printed
We [approved the final proof|sent you the corrected artwork] on {date}, but the [brochures|flyers|catalogues]
+ delivered yesterday were printed from [the previous version|an old file], [with the wrong prices on page
+ {n}|including the typo we had corrected|with last year's dates].
[We can't hand these out at {event}.|They are of no use to us as they are.] [I'm sorry to be blunt, but the
+ mistake is clearly on your side.|I'm sure it was an oversight, but it does put us in a difficult position.]
[Could you reprint the job at your cost and deliver by {date}?|Please reprint the order free of charge in time
+ for {event}.]
# Works in {city} – completion date missed | Building works behind schedule | Formal notice: delay on our
+ project in {city}
Under our contract, the [extension of our warehouse|renovation of our offices|new staff canteen] in {city} was
+ to be handed over on {date}, and we are now [{n} weeks|well over a month] behind.
[On most days there is nobody on site at all.|Your site manager keeps giving us new dates that are never met.]
+ [Meanwhile the scaffolding blocks our loading bay.|Meanwhile the site is not properly fenced off, which is a
+ safety risk for our staff.]
[We hereby give notice that we will apply the penalty clause from the agreed completion date.|We reserve the
+ right to claim the delay penalties agreed in the contract.] [Please send us a realistic schedule in writing
+ by {weekday}.|I expect a revised programme of works, signed by your director, within {days}
+ days.]
# Temperature excursion – delivery {po} | Cold chain broken on delivery {po} | Delivery of {date}: logger out
+ of range
The [reagents|vaccines|insulin|blood test kits] delivered to our [clinic|laboratory|pharmacy] in {city} on
+ {date} arrived with the temperature logger [showing several hours above 8 °C|in alarm|out of range].
[I'm afraid we can't use them, as we have no way of knowing whether they are still effective.|Our quality
+ procedure does not allow us to use products with a broken cold chain.]
[Could you arrange a replacement delivery as a priority and tell us how to return these?|We'd appreciate a
+ replacement this week and a credit for the affected items on order {po}.] [The logger printout is
+ attached.|Thank you for looking into this.]
# Question about invoice {inv} | Invoice {inv} – hours don't match | Hours on invoice {inv}
We've received invoice {inv} for [the development work|the consultancy|the support hours] in {month}, which
+ bills {n}0 hours.
[However, the timesheets approved by {colleague} add up to considerably less.|The timesheets we signed off
+ show a lower total, and some days appear twice.] [I'm sure it's a mix-up, but we can only pay for the hours
+ we approved.|We're happy to pay for the work done, but not for hours that were never agreed.]
[Could you check this and send a corrected invoice or a credit note for the difference?|Please correct the
+ invoice; in the meantime we'll pay {amount} for the approved hours.]
# Our event at your venue on {date} | {event}: several problems | Feedback on {event} – not acceptable
We held [{event}|our customer day|our annual sales conference] at your venue on {date}, and frankly it did not
+ go as agreed.
[The room we had booked for {n}0 people was given to another group and we were moved to a much smaller
+ one.|The projector and microphones did not work for the first hour, and the air conditioning was broken.]
[Several guests left early.|It made us look unprofessional in front of our own customers.]
[Given all this, we don't think the full room hire on invoice {inv} is fair, and we would like a partial
+ refund.|We expect a significant reduction on the final invoice.] [Please let me know what you
+ propose.|I look forward to hearing from you.]
# Training on {date} | Feedback on the course on {date} | Disappointing training day
I'm sorry to say that [the training|the workshop|the course] on {date} was not what we booked.
[The trainer clearly had not prepared, and half of the programme was about a different software
+ version.|Most of the content was far too basic for our team, although we had described their level in
+ detail beforehand.]
[{n} of our colleagues took a full day away from their work for this.|The evaluations from our team were very
+ poor.]
[We would like you to offer a second session free of charge, with a different trainer.|Please either run the
+ session again at no cost or refund the fee.]
# Seed delivered in {month} | Poor germination – batch {n}{n}{n}{n} | Seed order {po}
The [grass seed|seed potatoes|maize seed|winter wheat seed] we bought from you in {month} (order {po}) has
+ come up [very patchily|far below the germination rate on the label] on [all|several] of our fields.
[Our agronomist has checked the soil and the drilling, and both were fine.|Seed from another supplier, sown
+ the same week in the next field, came up perfectly.]
[We have lost a good part of this season's yield.|We now have to re-sow {n}0 hectares at our own cost.] [We
+ expect you to reimburse the seed and the cost of re-sowing.|Please send someone to look at the fields this
+ week and tell us how you intend to compensate us.]
# Penalty from the tax office | Late filing of our VAT return | Fine due to a missed deadline
We have received a [penalty notice|fine] of {amount} from the tax authorities because our [VAT
+ return|annual accounts|payroll return] for {month} was filed [late|after the deadline].
[Under our engagement letter, your firm is responsible for filing these returns on time.|We sent you all
+ the documents on {date}, well before the deadline.]
[We therefore expect you to pay this penalty, and if necessary we will deduct it from your next fee
+ note.|We would like you to cover the fine and explain how you will make sure this does not happen again.]
[Please confirm by {weekday}.|I would appreciate a written response from the partner responsible.]
# Our monthly fee | Price increase without notice? | Subscription invoice {inv}
Your latest invoice {inv} charges {amount} a month instead of the price in our contract, and nobody told us
+ about any increase.
[Please correct it – we signed for a fixed price until {date}.|That's not what we agreed. Please credit the
+ difference.]
# Office left unlocked last night | Alarm not set by your cleaning staff | Security incident – {date}
When our first colleague arrived this morning, [the back door of our office was open|the office was unlocked
+ and the alarm had not been set], after your cleaning team had been in [last night|on {date}].
[Luckily nothing seems to be missing, but anyone could have walked in.|Our server room and client files were
+ accessible all night.] [Our insurance does not cover us if the alarm is not set.|This is a serious breach
+ of our agreement.]
[I want to know who was on duty and what you are going to do about it, today.|Make sure this never happens
+ again, or we will have to end the contract.]
# Shipment {track} – marked delivered, never received | Where is our shipment? | Lost shipment, order {po}
According to your tracking, shipment {track} was delivered to us on {date} [at {time}|and signed for], but it
+ never arrived.
[Nobody here signed for it, and the name on the proof of delivery is not one of our staff.|Our goods-in team
+ has searched the whole warehouse.] [It contained {n} boxes of {product} for an urgent customer order.|The
+ goods are worth {amount}.]
[Please open an investigation and compensate us for the full value.|Please find the shipment or reimburse
+ the value of the goods.] [Your driver's GPS data should show where it was really dropped off.|I look forward
+ to your reply by {weekday}.]
# New website – still not working properly | Our webshop since the launch | Website issues – final invoice on
+ hold
Our new [website|webshop|booking system] went live on {date}, but [the contact form doesn't send
+ anything|the checkout fails on mobile phones|half of the product pages show errors].
[We only found out when a customer called to ask why we never answered.|We have very probably lost orders
+ because of it.] [I've reported this twice through your ticket system without a real answer.|Your team said
+ it would be fixed "this week" – that was {n} weeks ago.]
[Until these issues are fixed, we will hold back payment of your final invoice {inv}.|Please put someone on it
+ now; we won't pay the remaining {amount} until everything works as agreed.]
# Warranty claim rejected – we disagree | Your refusal to repair under warranty | Warranty decision on
+ order {po} disputed
You have [turned down|rejected] our warranty claim for the [coffee machine|pallet truck|label
+ printer|dishwasher] from order {po}, [on the grounds of "improper use"|claiming the fault is normal
+ wear and tear|because the seal on the casing was supposedly broken].
[We strongly dispute this: the unit was installed by your own engineer and used exactly as the manual
+ says.|That explanation simply doesn't hold up, as the fault appeared after {n} weeks of perfectly
+ normal use.]
[Your report doesn't even say what we are supposed to have done wrong.|Nobody from your side actually
+ examined the unit before reaching that decision.]
[Please reconsider and repair or replace it free of charge within {days} days.|If you maintain your
+ position, we will have an independent expert inspect it, at your cost if it turns out to be a
+ manufacturing defect.]
# Goods we never ordered | Delivery and invoice {inv} – not ordered by us | Unsolicited delivery of
+ {date}
On {date} we received [{n} cartons of cleaning supplies|a pallet of copier paper|{n} boxes of toner] from
+ you, followed [a few days later|yesterday] by invoice {inv} for {amount}.
[Nobody here placed this order, and there is no purchase order number on your delivery note.|We have
+ checked with every department, and nobody ordered these goods.]
[Apparently your system "topped up" our usual order automatically, which we have never agreed to.|Your
+ sales office calls it a standing order, but we cancelled that in writing last year.]
[Please collect the goods at your expense and cancel the invoice.|The goods are here awaiting collection;
+ we will not be paying for them.]
# Non-conformance report – order {po} | Parts out of tolerance | Quality deviation on the batch delivered
+ on {date}
Our incoming inspection has found that the [turned parts|brackets|castings|stainless steel bolts]
+ delivered with order {po} are [outside the drawing tolerances|not to specification]: [the bore is up to
+ 0.3 mm oversize|the hardness is well below the agreed value|the coating is too thin on {n}0% of the
+ samples].
[The whole batch has been quarantined and our assembly line has had to switch to other work.|We only
+ discovered this after part of the batch had already been built into finished units.]
[Please send us an 8D report with the root cause and corrective actions within {days} days.|We expect a
+ replacement batch by {weekday} and a written root-cause analysis.]
[We will charge you for the sorting and rework, which we estimate at {amount}.|Any sorting, rework or
+ line-stop costs will be passed on to you.]
# What your sales rep promised | Agreed discount not applied – invoice {inv} | Not what we agreed with
+ {colleague}
When we signed the order in {month}, your sales representative {colleague} [promised us free installation
+ and training|agreed to a {percent}% introductory discount|assured us that delivery was included in the
+ price].
[Now your invoice {inv} charges the full amount, and your office claims there is "no record" of
+ this.|Your invoice {inv} tells a different story, and {colleague} no longer returns our calls.]
[We chose you on the strength of that promise, and we have the email to prove it.|I'm frankly
+ disappointed that your word seems to count for so little.]
[Please honour what was agreed and send us a corrected invoice.|Until we receive a corrected invoice, we
+ will only pay the amount we agreed.]
# Your delivery performance | Escalation: repeated late deliveries | On-time delivery – not good enough
I'm writing to you [as our account manager|directly] because [late deliveries have become the rule rather
+ than the exception|nothing has improved despite our many calls].
[Of your last {n}0 deliveries, fewer than half arrived on the confirmed date.|Order {po} is yet another
+ delivery this quarter that came in late or had to be chased.]
[Every delay means overtime for our staff and disappointed customers on our side.|Our production planning
+ simply cannot cope with this level of uncertainty.]
[I'd like a meeting with your operations manager within the next two weeks.|Unless we see a clear
+ improvement by {date}, we will move part of our volume to another supplier.]
# Spare parts not original | Order {po}: these are not genuine parts | Imitation parts supplied instead
+ of OEM
We ordered genuine manufacturer's [filters|brake pads|print heads|spare parts] with order {po}, and paid
+ the price of genuine parts.
[What arrived are unbranded copies in plain packaging.|The parts you delivered are clearly imitations: no
+ part number, no manufacturer's logo and a much rougher finish.]
[Fitting non-original parts would void the warranty on our machines.|Our maintenance contractor has
+ refused to fit them.]
[Please take them back and deliver original parts by {date}, or refund the {amount} in full.|If we don't
+ have genuine parts within {days} days, we will cancel the order and expect our money back.]
# Leak after your roof repairs | Roof works in {city} – water coming in again | Defective workmanship on
+ our roof
In {month} your team [repaired the flat roof|replaced the roofing] of our [warehouse|office
+ building|workshop] in {city}, and your final invoice {inv} has been paid in full.
[Since the heavy rain last week, water has been coming through the ceiling in {n} places.|After the first
+ storm there was water in our server room, right below where you worked.]
[Our own roofer says the seams were never properly sealed.|This is clearly poor workmanship, not wear and
+ tear.] [We've had to move stock and put out buckets.|Some of our stock has been ruined.]
[We require you to come back and put the defects right within {days} days, at your own cost.|Please send
+ someone this week; we also hold you liable for the water damage and will send you the bill.]
# Damage charge disputed – hire agreement | Invoice {inv}: damage we did not cause | Your damage charge
+ after our hire of {date}
Your invoice {inv} charges us {amount} for ["damage" to the [van|forklift|mini excavator] we hired from
+ your {city} branch|a dent and a cracked mirror on the hire van].
[That damage was already there when we collected it, as your own check-out sheet shows.|Your staff
+ inspected the vehicle on return and signed it off without any remarks.]
[We took photos at pick-up and are happy to send them to you.|Nobody mentioned any damage until the
+ invoice arrived {n} weeks later.]
[We will not pay this charge; please cancel the invoice.|Please withdraw the charge, or send us the
+ evidence you are relying on.]
# Collections missed again | Nobody came to collect our parcels | Complaint: missed pick-ups this week
For the [third|second] time this week your driver [did not turn up for our daily collection|came after we
+ had closed], so our parcels stayed on our dock.
[As a result, {n}0 customer orders went out a day late.|Our customers were promised next-day delivery,
+ and we've had to apologise to every one of them.]
[Booking the collection online or ringing your depot makes no difference.|Your depot keeps telling us the
+ driver "ran out of time".]
[We pay for a guaranteed daily pick-up at {time}; if you can't provide it, we'll take our business
+ elsewhere.|Please tell me by {weekday} how you intend to fix this, and credit us for the missed
+ collections.]
# Translation quality – order {po} | Translation of our [manual|website|brochure] not usable | Job {po}
+ needs to be redone
The [user manual|product brochure|website texts] you translated for us (order {po}) [is full of
+ errors|reads like an unedited machine translation].
[Our colleague in {city}, a native speaker, found mistranslated technical terms on almost every
+ page.|Several product names were translated literally, and one safety warning actually says the
+ opposite of the original.]
[We cannot publish it like this.|This will need a complete revision before it goes anywhere near a
+ customer.]
[We expect you to have it revised by a qualified translator, free of charge, by {date}.|Until we have an
+ acceptable version, we are putting invoice {inv} on hold.]
# Our booking for {date} | Rooms not available on arrival | Hotel booking for our team – totally
+ unacceptable
We had [{n} rooms|a block of {n} rooms] confirmed for our team on {date}, but when they arrived at
+ {time}, [reception told them the hotel was full|only half of the rooms were available].
[Our colleagues were sent to another hotel across town, without breakfast and in a taxi they had to pay
+ for themselves.|Two colleagues had to share a room the night before an important customer meeting.]
[Nobody apologised, let alone offered a solution.|We had confirmed the booking in writing twice.]
[We expect a full refund of the nights and reimbursement of the taxi fares.|Please refund the booking and
+ tell us how you will compensate us, or we will stop booking your hotel for our staff.]
# Order {po} was cancelled | Delivered despite our cancellation | Invoice {inv} for a cancelled order
We cancelled order {po} on {date}, [and your customer service confirmed the cancellation by email|well
+ within the cancellation period in your terms].
[Even so, the goods were delivered this morning and we have now received invoice {inv} for {amount}.|The
+ goods turned up today anyway, together with an invoice.]
[We refused the delivery, so it should be on its way back to you.|The goods are sitting in our loading
+ bay, waiting for your carrier.]
[Please cancel the invoice and confirm this in writing.|We won't be paying for this; please confirm that
+ nothing is owed.]
# Formal notice – breach of the security contract | Unmanned gatehouse at our {city} site | Security
+ services: final warning
On {date} and again last {weekday}, [the gatehouse at our site in {city} was unmanned for several
+ hours|your night guard skipped every patrol on the schedule|nobody turned up for the night shift at
+ all].
[This is a clear breach of the service agreement, and it left our premises seriously exposed.|We only
+ found out from our own camera footage, not from you.] [Nor is it the first incident this year.|Your
+ area manager could not be reached.]
[We hereby give you formal notice to comply fully with the agreement, failing which we will terminate it
+ with immediate effect.|Please treat this as formal notice: any further failure will lead to termination
+ for cause.]
[The hours not worked will be deducted from your next invoice.|We expect a written incident report within
+ {days} days.]
# Short weight – delivery of {date} | Quantity on invoice {inv} does not match | Weighbridge check: less
+ than invoiced
We weighed your [gravel|wood pellet|animal feed|sand] delivery of {date} on our own weighbridge, and it
+ came to [roughly {n}00 kg|about {percent}%] less than the delivery note says.
[This is not the first time: the last {n} deliveries were all short.|Our weighbridge was calibrated last
+ month, so there's no doubt about the figures.]
[We will only pay for the quantity actually received.|Please adjust invoice {inv} to the weighed
+ quantity.] [The weighbridge tickets are attached.|Your driver is welcome to watch the weighing next
+ time.]
# No phone line since the switchover | Number transfer failed – still no landline | Our phones are still dead
Our [phone lines|landlines and broadband] were supposed to be switched over to your service on {date}. [Since
+ then, customers calling our main number get a "number not recognised" message.|Since then, we've had no
+ internet in the office and our phones just ring out.]
[We've rung your helpline every day, and every day we're told it has been "escalated".|Three different people
+ at your call centre have given us three different explanations.]
For a small business, [not being reachable by phone|being offline] for {n} days is a disaster. [Please get
+ this fixed today and tell us how you'll compensate us for the lost business.|If the service isn't working by
+ {weekday}, we'll cancel the contract and ask our old provider to take the number back.]
# Payroll errors in {month} | Wrong payslips again | Complaint about this month's payroll run
[For the second month running|Once again], the payroll you processed for us contains errors: [{n} employees
+ were paid without their overtime|our new starter was paid at the wrong rate|holiday pay was calculated on
+ the old salaries].
[We sent you all the changes by {date}, as agreed.|All the correct information was in the spreadsheet we sent
+ you.]
[Staff have been coming to me with their payslips all morning, and it reflects badly on us as an
+ employer.|Underpaying our staff is not something we can simply shrug off.]
[Please run a correction this week and pay the differences before {due}.|We expect the corrections to be made
+ at your cost, and a call from the partner responsible.]
# Linen service – items missing and stained | Your last two deliveries | Complaint about the laundry service
The last [two|three] deliveries from your laundry have not been up to standard: [tablecloths came back with
+ the stains still on them|several chef's jackets came back torn and grey], and [{n} items are missing
+ altogether|the count was short again].
[We run a restaurant, and we simply can't work like this.|Our kitchen staff had to work in their own T-shirts
+ on {weekday}.]
[Please find the missing items or credit them, and make sure the next delivery is checked before it leaves
+ you.|If this isn't sorted out by the end of {month}, we'll give notice on the contract.]
# Temporary staff – not as agreed | Your temps this week | Complaint: agency workers for our warehouse
We booked {n} [warehouse operatives|order pickers|forklift drivers] through your agency for this week, [all
+ with a valid forklift licence, as our request clearly stated|all with warehouse experience].
[Only half of them turned up on {weekday}, and one left at lunchtime without a word.|Two of the people you
+ sent had never worked in a warehouse, and one had no licence at all.]
[We had to pull staff off other jobs to get our orders out.|We missed several collections as a result.] [We
+ won't pay for hours that weren't worked or for staff who couldn't do the job, and we expect proper
+ replacements by tomorrow morning.|Send us people who meet our requirements, or we'll use another agency from
+ next week.]
# Claim {n}{n}{n}{n}{n} – still not settled | Our water damage claim | When will our claim be paid?
We reported [the water damage at our shop in {city}|the break-in at our warehouse|the damage to our delivery
+ van] to you on {date}, and {n} months later the claim still hasn't been settled.
[Your loss adjuster came, took photos, and we haven't heard a word since.|We've sent every document you asked
+ for, some of them twice.]
[Meanwhile we've paid for the repairs ourselves – {amount} so far.|We can't keep carrying these costs out of
+ our own cash flow.] [Unless we have a decision by {due}, we'll take this to the ombudsman.|I'd like a named
+ person to take over our file and call me this week.]
# Colour difference between batches | Order {po}: colours don't match | Shade variation on our last delivery
I hope you can help with a problem on order {po}. The [floor tiles|wall tiles|paving slabs|laminate flooring]
+ we received [on {date}|this week] are a noticeably different shade from the first delivery for the same
+ project.
[Side by side, the difference is obvious, and our customer won't accept the job like this.|We only noticed
+ once our fitters had laid the first section.]
[We did ask for everything to come from the same batch when we ordered.|The batch number on the boxes is
+ different, although we asked for a single batch.] [Could you check whether you still have stock from the
+ original batch?|Would you be able to exchange the boxes we haven't opened?] [Thanks for looking into
+ this.|I'd be grateful for a quick answer.]
# Morning deliveries – last warning | Bread arrived late again | Late deliveries: we are looking at other
+ bakeries
Your delivery is supposed to be with us by 6:30 so that [our café|our sandwich bar|the hotel breakfast] can
+ start with fresh bread, and this week it came at [7:45|8:15|nearly 9:00] [on three days out of five|almost
+ every day].
[I've called your dispatch twice, and each time I'm promised it will be sorted.|Your driver says his route has
+ been changed and there's nothing he can do.]
[We've been customers for years and would rather not change, but this is the last time I'm raising it.|Please
+ treat this as our final warning.] [If deliveries are late again next week, we'll move to another bakery.|If
+ it happens once more, we'll cancel our standing order with immediate effect.]
# Far too much packaging | Packaging on order {po} | Could you cut down the packaging, please?
Our latest delivery (order {po}) came with [a huge amount of plastic film and foam|every item individually
+ bubble-wrapped and then boxed again], for what were [only a few small parts|{n} fairly robust items].
[We've asked twice for less packaging, as it's costing us a small fortune to get rid of.|We now pay for every
+ bin our waste contractor empties, and your deliveries fill them.]
[It also goes against the sustainability commitments in our supplier agreement.|We're trying hard to cut our
+ own waste, which makes this rather awkward.] [Could you pass this on to your warehouse and confirm that
+ future orders will be packed more sensibly?|Otherwise we'll have to ask your driver to take the packaging
+ back with him.]
# Heating still not fixed | No heating in our unit for weeks | Repairs to our premises – again
I first reported [the broken heating|the leaking roof over our stockroom|the faulty roller shutter] in our
+ [unit|shop] in {city} on {date}, and it still hasn't been repaired.
[Our staff have been working in their coats, and we've had to bring in electric heaters at our own
+ expense.|Every time it rains we have to move stock and put out buckets.] [Your managing agent keeps telling
+ us a contractor "has been instructed", but nobody has turned up.|I've now emailed and called your office {n}
+ times.]
[Under the lease, this is clearly the landlord's responsibility.|We pay our rent on time every quarter and
+ expect the same from you.]
[Please have it fixed within {days} days, or we'll arrange the repair ourselves and send you the bill.|I want
+ a firm date for the repair by {weekday}.]
# International payment held for days | Our payment to a supplier was delayed | Complaint about the handling
+ of our transfer
On {date} we sent a payment of {amount} to [a supplier in China|our supplier in the US|a manufacturer in
+ Turkey] through your online banking, and [it only left your bank {n} days later|it still hasn't arrived].
[Nobody told us it had been held for a compliance check; we only found out when our supplier chased us.|Your
+ business helpline kept us on hold for forty minutes, only to tell us they couldn't see the reason.]
[As a result, our supplier put our order on hold and we missed a shipping slot.|The delay has damaged a
+ relationship with a supplier that we've spent years building.]
[I would like a written explanation of why the payment was held, and a refund of the transfer fees.|Please
+ tell me what we need to do so that this doesn't happen with every foreign payment we make.]
# Estimated bills again | Your bills ignore our meter readings | Wrong bills for our account
For the [third|fourth] month running, your bill for our [shop|office|workshop] is based on an estimate,
+ although we submit meter readings [every month|through your online portal].
[The latest bill comes to {amount}, nearly twice what we actually use.|Your estimates are far higher than our
+ real consumption, and you've increased the direct debit to match.]
[As a small business, we can't afford to lend you money every month.|I've sent photos of the meter twice, and
+ still nothing changes.]
[Please re-issue the bills based on our actual readings and refund the overpayment by {due}.|If this isn't
+ corrected this month, I'll take it to the energy ombudsman.]
# Your sales team contacting our customers | Direct approaches to our customers | Breach of our distribution
+ agreement
It has come to our attention that your [sales team|area representative|online sales team] has been
+ [approaching our customers directly|offering our customers prices below ours], including [a hotel group in
+ {city}|two of our largest accounts].
[Under our distribution agreement, we are your exclusive partner for this region.|These are customers we
+ introduced to your products and have looked after for years.]
[I hardly need to tell you how much damage this does to the trust between our companies.|Frankly, we did not
+ expect this from a partner we've worked with for so long.]
[We ask you to stop these approaches immediately and to confirm in writing by {date} that it will not happen
+ again.|Please arrange a meeting with your sales director within the next two weeks; otherwise we will have
+ to review our agreement.]
# Automatic renewal – we did not agree | Contract extended without notice | Cancellation of the auto-renewed
+ agreement
We've just discovered that our [contract for the franking machine|photocopier lease|card terminal
+ contract|alarm monitoring contract] was automatically renewed on {date} for another [three|five] years.
[We received no reminder before the notice period ran out, and nobody mentioned it at your last service
+ visit.|The renewal clause is buried in the small print, and we were never told the date was coming up.]
[We no longer need the service and do not accept being tied in for another term.|Locking a small business in
+ like this is, frankly, sharp practice.]
[Please confirm that the contract will end at the end of the current month.|Please cancel the renewal and
+ confirm in writing within {days} days that nothing further is owed.]
# Candidate left after {n} weeks | Refund of your placement fee | Our new hire has already left
The [sales coordinator|warehouse supervisor|accounts assistant] you placed with us started on {date} and
+ [handed in their notice after just {n} weeks|walked out in the third week without any notice].
[We also have to say that the CV considerably overstated their experience.|It now turns out that the
+ references you told us you had checked were never actually taken up.]
[Under your terms, we're entitled to a rebate of the placement fee if a candidate leaves within the first
+ twelve weeks.|Your terms of business promise a free replacement or a refund if a placement doesn't last.]
[We therefore ask you to refund {amount} of your invoice {inv}.|Please either find us a suitable replacement
+ within a month or refund the fee on invoice {inv}.]
# Goods held at customs – your paperwork | Shipment {track} stuck at customs | Customs costs caused by missing
+ documents
Our delivery for order {po} [was held at customs for {n} days|is still stuck at the border] because [the
+ commercial invoice had no commodity codes|the proof of origin was missing|the values on your invoice didn't
+ match the packing list].
[We specifically asked for the documents to be checked before shipping, given the problems last time.|Our
+ customs broker has emailed your export team twice without getting an answer.]
[The delay has cost us {amount} in storage and broker fees, and our own customer is still waiting.|We've had
+ to pay storage charges and a second clearance fee.]
[We expect you to reimburse these costs and to get the paperwork right from now on.|Please send corrected
+ documents today and let us know how you will cover the extra costs.]
# Data breach – why were we told so late? | Your security incident and our data | Formal complaint:
+ notification of the breach
This morning we received your email saying that [our customer data|our payroll data|the contact details of our
+ customers] held on your [system|platform|cloud service] [may have been accessed by an unauthorised
+ person|was exposed in a security incident] on {date}.
[That was {n} weeks ago, and we had to read about it in the press before you told us anything.|Your message
+ doesn't say which data was affected or what you are doing about it.]
[As data controller, we have our own obligations to our customers and to the regulator, and your delay makes
+ those very hard to meet.|We are now having to inform our own customers without knowing the facts.]
[Please send us a full incident report by {date}, stating exactly which records were affected.|We need a call
+ with your data protection officer today, and a written report within {days} days.]

## payment_reminder
# Payment reminder: invoice {inv} | Overdue invoice {inv} | Reminder – outstanding balance
According to our records, invoice {inv} [for {amount}|of {date}] is still unpaid.
[The payment was due on {due}.|It was due {days} days ago.] [Please arrange payment as soon as
+ possible.|Please pay within 7 days.]
[If you have already paid, please ignore this email.|Please contact us if there is a problem with the
+ invoice.]
# Second reminder {inv} | Final notice: invoice {inv}
This is our [second|final] reminder for invoice {inv}, due on {due}.
[If we do not receive {amount} within 7 days, we will pass the matter to a collection agency.|Late
+ payment interest will be charged.]
# Friendly reminder | Invoice {inv} – payment overdue
Just a friendly reminder that invoice {inv} for {amount} [became due on {due}|is now overdue].
[Could you let me know when we can expect payment?|Could you check with your accounts team?]
# Outstanding invoices | Statement of account – overdue items
Our statement shows the following overdue invoices: {inv}, total {amount}.
[Please settle the balance by {due}.|Please transfer the amount to our account.]
# Overdue payment | Open balance {amount}
We have not yet received payment for invoice {inv}. [Was there an issue with it?|Please check your records.]
[Kindly transfer {amount} to the account on the invoice.|Please pay without further delay.]
# Reminder: please pay invoice {inv} | Action required: unpaid invoice
Our records show an open amount of {amount} on invoice {inv} (due {due}).
[We would appreciate payment within the next few days.|Deliveries will be put on hold until the invoice
+ is paid.]
# Payment not received | Did you receive invoice {inv}?
We have not received your payment for invoice {inv} yet. [Did the invoice reach you?|Maybe it got lost?]
[I have attached a copy for your convenience.|Please pay {amount} at your earliest convenience.]
#! Payment reminder – invoice {inv} | Open item on your account | Reminder: payment overdue
This is an automated reminder from the accounts receivable department of {company}.
Our records show the following open item: invoice {inv} of {date}, amount {amount}, due {due}.
[Please pay within {days} days.|Please transfer the amount within the next few days.] [If your payment has
+ crossed this message, please disregard it.|Payments made in the last three working days may not yet be
+ included.]
# Invoice {inv} | Small reminder | Quick question about invoice {inv}
Sorry to bother you with this – I think invoice {inv} may have slipped through the cracks. [It was due on
+ {due}.|We haven't seen the payment yet.]
[Could you have a quick look when you have a moment?|No rush, but could you check on your side?]
# Direct debit returned – invoice {inv} | Returned payment | Failed direct debit
The direct debit for invoice {inv} ({amount}) was [returned|rejected] by your bank.
[Please transfer the amount, plus the bank charges, to IBAN {iban} within {days} days.|Please transfer the
+ amount manually to IBAN {iban}, quoting {inv}.]
[If your bank details have changed, please send us a new direct debit mandate.|Please check that your account
+ details are still correct.]
# Partial payment received | Balance outstanding on invoice {inv} | Remaining amount on invoice {inv}
Thank you for your payment on invoice {inv}. [However, we only received part of the amount.|It seems that an
+ amount was deducted.]
[A balance of {amount} is still open.|{amount} is still outstanding.] [If you deducted something on purpose,
+ please tell us why.|Please transfer the remaining balance by {due}.]
# Notice before legal action | Formal notice: invoice {inv} | Final demand before legal proceedings
Despite our previous reminders, invoice {inv} of {date} for {amount} remains unpaid.
We hereby give you formal notice to pay the full amount, plus statutory interest, within {days} days of the
+ date of this letter.
If payment is not received within this period, we will instruct our solicitors without further notice. [The
+ costs of recovery will be charged to you.|All costs will be for your account.]
# Payment plan possible | Invoice {inv} – can we help? | Open balance – payment arrangement
We see that invoice {inv} ({amount}) has been open since {due}.
[If paying the full amount at once is difficult at the moment, we are happy to agree on a payment plan.|Should
+ you be having trouble paying, we can spread the amount over {n} months.]
[Please call me so that we can find a solution.|Just reply with a proposal and we will look at it.]
# Your service will be suspended on {date} | Service suspension – unpaid invoice {inv} | Action needed to keep
+ your service
Invoice {inv} for your [subscription|hosting package|software licence] is now {days} days overdue.
[Unless we receive payment of {amount} by {date}, we will have to suspend your service.|To avoid an
+ interruption of your service, please pay {amount} before {date}.]
[If you have already paid, please send us proof of payment.|Please contact our accounts department if anything
+ is unclear.]
# Debt collection – invoice {inv} | Collection notice | Claim of our client – invoice {inv}
We have been instructed by our client, your supplier, to collect the outstanding amount on [invoice {inv}|your
+ account].
According to our client, {amount} [has been overdue since {due}|remains unpaid despite several reminders].
[Please pay the full amount to our client account {iban}, quoting {inv}, within {days} days.|To avoid further
+ costs, please pay within {days} days or contact us to discuss a payment arrangement.]
[If you dispute the claim, please let us know in writing, stating your reasons.|Any payment made directly to
+ our client must also be reported to us.]
# Account on hold – order {po} | Credit stop: overdue invoices | Your order {po} cannot be shipped yet
Your order {po} is ready for dispatch, but we [cannot release it|have had to put it on hold] because of
+ overdue invoices on your account.
[Invoice {inv} ({amount}) was due on {due}.|The overdue amount is {amount}, including invoice {inv}.]
[As soon as we receive payment or proof of payment, the goods will leave the same day.|Please send us a
+ remittance advice and we will ship immediately.]
# As discussed on the phone | Payment promised for {weekday} | Invoice {inv} – your promise to pay
When we spoke [last week|on the phone last {weekday}], you told me that invoice {inv} would be paid [within a
+ few days|the same week|as soon as your own customer had paid you].
[So far nothing has come in.|Unfortunately we still have not received anything.] [I don't want to escalate
+ this, but I need a firm date.|Could you tell me honestly where things stand?]
# Late payment interest – invoice {inv} | Interest and compensation charges | Invoice {inv}: statutory late
+ payment charges
Invoice {inv} of {date}, due on {due}, is still unpaid.
Under the late payment legislation, we are entitled to charge statutory interest [of 8% above the base rate|at
+ the statutory rate] and a fixed sum for recovery costs per invoice.
[A statement of the interest accrued to date is attached.|The total now due is {amount} plus the interest
+ shown on the attached statement.] [Further interest will accrue until we receive payment.|Please pay within
+ {days} days to avoid further charges.]
# Invoice {inv} | Gentle nudge – invoice {inv} | Invoice {inv}: payment date?
Just a gentle nudge on invoice {inv} ({amount}), which was due on {due}. [Could you let me know when it's
+ scheduled for payment?|Would you mind checking when it will go out?] Thanks very much!
# Invoice {inv} resent with PO number | Invoice {inv} – now with order number {po} | Resending invoice {inv}
Your accounts team let us know that invoice {inv} [could not be processed|was put on hold] because the
+ purchase order number was missing.
[We've added order number {po} and attached the corrected copy.|Attached is the same invoice, now quoting
+ your order {po}.] [As the original due date of {due} has already passed, we'd be grateful if it could be
+ paid in your next payment run.|Could you make sure it is paid promptly now, as it is already overdue?]
# Invoice {inv} – {days} days overdue | Following up on my invoice | Payment for the work in {month}
I'm following up on invoice {inv} for [the photography|the design work|the translations|the bookkeeping] in
+ {month}, which is now {days} days past its due date.
[As a one-person business, late payments make a real difference to me.|I'm sure it's just an oversight, but
+ I do rely on being paid on time.] [Could you let me know when I can expect the {amount}?|I'd be grateful if
+ you could transfer it to IBAN {iban} this week.]
# Before year-end: invoice {inv} | Open invoice before we close our books | Year-end – open item {inv}
As we close our books for the year on {date}, [we noticed that invoice {inv} for {amount} is still
+ open|our records still show invoice {inv} as unpaid].
[We'd be very grateful if it could be settled before then.|Could you include it in your last payment run of
+ the year?] [If it has already been paid, please send us the payment date so we can match it.|If there's a
+ query on the invoice, just let me know.]
# Rent for {month} not received | Rent arrears – premises in {city} | Overdue rent: invoice {inv}
Our records show that the rent for [your unit|the premises] in {city} for {month} (invoice {inv}, {amount})
+ [hasn't been received|is still outstanding], although it was due on {due}.
[If the standing order has been cancelled or changed by mistake, please let us know.|It may be that the
+ payment details weren't updated when you changed banks.]
[Please pay the arrears within {days} days.|Under the lease, interest is charged on rent paid more than 14
+ days late.] [If you're having difficulties, it's better to talk to us now rather than later.|Please contact
+ me if there's a problem.]
# Release of retention – invoice {inv} | Retention now due | Outstanding retention on the {city} project
The defects liability period for the [works at your premises in {city}|extension we completed in {month}]
+ ended on {date}, and [no defects have been reported|the snagging items were all signed off].
Under the contract, the [retention of {percent}%|retention] – {amount}, our invoice {inv} – [therefore fell
+ due on {due}|is now due for release].
[We haven't yet received payment and would be grateful if you could include it in your next payment run.|Could
+ you let us know when we can expect it?][ The final certificate is attached for your records.|]
# Credit note {cn} issued – balance of invoice {inv} | Invoice {inv}: now that the query is settled |
+ Remaining balance after credit note {cn}
Now that we've issued credit note {cn} for [the damaged items|the price difference you queried|the missing
+ cartons], the rest of invoice {inv} is no longer in dispute.
[The remaining balance is {amount}, which was originally due on {due}.|After the credit, {amount} is still
+ open on invoice {inv}.]
[Could you please arrange payment in your next payment run?|As the invoice is already overdue, we'd appreciate
+ payment within {days} days.][ Thanks again for your patience while we sorted this out.|]
#! Payment failed – invoice {inv} | We couldn't take your card payment | Action needed: update your payment
+ details
We tried to charge the card on file for invoice {inv} ({amount}) on {date}, but the payment was
+ [declined|unsuccessful].
[This is often because the card has expired or been replaced.|Your bank didn't give a reason for declining the
+ payment.]
[Please update your payment details at {url} by {due} to avoid any interruption to your subscription.|We'll
+ try again in {n} days; you can update your card in your account settings at any time.]
[If you've already updated your details, you can ignore this email.|Questions about your bill? Contact our
+ billing team.]

## supplier_message
# Price increase from {date} | Updated price list | New prices
Due to rising costs, our prices will increase by {percent}% from {date}.
[The new price list is attached.|Orders placed before {date} will be delivered at the old prices.]
# Change of bank details | New bank account | Important: our bank details have changed
Please note that our bank details have changed. [From now on, please pay to IBAN {iban}.|Our new IBAN is
+ {iban}.]
[Please update your records.|Invoices already sent remain valid.]
# Holiday closure | Office closed over the holidays
Our office and warehouse will be closed from {date} for [two weeks|the holidays].
[Orders received during this period will be processed afterwards.|Please place urgent orders before {date}.]
# Delivery delay | Delay on order {po}
Unfortunately, order {po} will be delayed [by about {n} days|until {date}] because of [supply problems|a
+ shortage of {product}].
[We apologise for the inconvenience.|We will keep you informed.]
# Order confirmation {po} | We confirm your order {po}
Thank you for your order {po}. [We confirm delivery on {date}.|The goods will be shipped within {days}
+ days.]
# Your order has been shipped | Shipment for order {po}
Your order {po} has been shipped with {carrier}. [The tracking number is {track}.|Tracking: {track}.]
[Expected delivery: {date}.|Delivery usually takes {n} working days.]
# New catalogue | Product discontinued: {product} | Change of address
[Our new catalogue is now available.|{product} will be discontinued from {date}; the successor model is
+ available now.|We are moving to new premises in {city} on {date}.]
[Your account manager will contact you.|Please get in touch if you have any questions.]
# New contact person | Change of account manager | Introduction: your new contact at {company}
[As of {date}|From next month], {colleague} will take over as your account manager, as I am [moving to a new
+ role|leaving the company].
[{colleague} already knows your account well|I have briefed {colleague} on all open orders], so nothing
+ changes for you. [I'll introduce you on a call next week.|Thank you for the good cooperation over the
+ years.]
# Product recall – batch {n}{n}{n} | Safety notice | Important: please check your stock
We have found a [quality problem|possible safety issue] in a batch of [LED panels|office chairs|electrical
+ cable|safety shoes] delivered [since {date}|since {month}].
[Please stop using the items from this batch immediately and put them aside.|Please check your stock for batch
+ {n}{n}{n} and do not sell these items.]
We will collect the affected items and replace them free of charge. [A return form is attached.|Our customer
+ service will contact you to arrange the collection.]
# New delivery days from {date} | Change to our delivery schedule | New order cut-off time
From {date}, our deliveries to the {city} area will be on [Tuesdays and Thursdays|{weekday}s] instead of every
+ day.
[Orders received before 14:00 will still be shipped the same day.|The order cut-off time moves to 12:00 the
+ day before delivery.] [Please plan your orders accordingly.|Standing orders will be adjusted automatically.]
# We have a new name | {company} is now part of a new group | Important: change of company name
We are pleased to announce that [{company} has been acquired by a larger group|we have merged with a partner
+ company] as of {date}.
[Our company name will change, but your contacts, prices and conditions remain the same.|For now, nothing
+ changes for you: please continue to order as usual.]
[The new invoicing details will be communicated separately.|You will receive the new company details before
+ the changeover.]
# Allocation due to shortage | Limited availability | Update on the supply situation
Because of the [worldwide shortage of raw materials|continuing supply problems], we can only deliver limited
+ quantities of [copper pipe|network switches|copier paper|packaging boxes] in the coming months.
[Orders will be allocated based on your average volume over the last year.|We will deliver at most {n} units
+ per order until further notice.] [We'll let you know as soon as the situation improves.|Thank you for your
+ understanding.]
# Updated terms and conditions | New general terms from {date} | Changes to our terms of delivery
From {date}, our new general terms and conditions [of sale|of delivery] apply to all orders.
The main changes concern [payment terms, which change to {days} days|the minimum order value and freight
+ charges|liability and returns].
[The full text is attached.|You will find the new terms attached to this email.] [If you have any questions,
+ please contact your account manager.|By placing orders after {date} you accept the new terms.]
# Visit in {city} on {date} | Shall we meet? | Presenting our new range
I'll be in {city} [on {date}|in the week of {date}] and would like to drop by to show you our new range of
+ [office furniture|LED lighting|workwear|packaging].
[Would {weekday} morning suit you?|Do you have half an hour?] [I can bring samples.|We could also go through
+ your order forecast for next year.]
# Partial delivery – order {po} | Backorder – order {po} | Order {po}: remaining items to follow
Today we shipped the first part of your order {po} with {carrier} (tracking number {track}).
The remaining [items|{n} cartons|{n} pallets] are on backorder [and expected in our warehouse on
+ {date}|because our manufacturer is behind schedule].
[We will send them as soon as they arrive, at no extra freight cost.|Please let us know whether you want to
+ wait or cancel the remaining items.]
# Updated certificates | ISO 9001 certificate renewed | Updated compliance documents
Please find attached [our renewed ISO 9001 certificate|the updated safety data sheets for [our cleaning
+ agents|the adhesives you buy from us|our lubricants]|our REACH and RoHS declaration of conformity], valid
+ for the next three years.
[Please pass them on to your quality department.|Please replace the old versions in your supplier file.]
[If you need any other documents for your supplier audit, just let me know.|There are no other changes.]
# Invoices by e-invoicing from {date} | Change in how you receive our invoices | Our invoices are going
+ electronic
From {date} we will send our invoices [electronically via the Peppol network|as e-invoices in XML format
+ instead of PDF|only by email, no longer by post].
[If you have a Peppol ID, please send it to us so we can link it to your account.|Please tell us which email
+ address your accounts payable team uses for invoices.]
[Nothing changes in our prices, payment terms or bank details.|Invoices already sent remain valid.]
# Delivery appointment order {po} | Your order {po} – delivery on {weekday} | Delivery booking {po}
Your order {po} is ready and will be delivered on {weekday} [between 8:00 and 12:00|in the afternoon] by [our
+ own truck|{carrier}].
It is {n} pallets, [total weight approx. {n}00 kg|some of them over 2 m high], so [please have a forklift
+ available on site|we will send a truck with a tail-lift].
[If the time doesn't suit you, please call our dispatch team before {time} tomorrow.|Please confirm the
+ appointment by replying to this email.]
# Our new ordering portal | Order online with {company} | Your access to our B2B webshop
From {month} you can place orders [in our new B2B portal|through our new customer portal], where you can also
+ see your own prices, stock levels and delivery status.
[Your login details will follow in a separate email.|Your account manager {colleague} will send you your login
+ this week.]
[Orders by email and phone are of course still possible.|Ordering by email remains possible until the end of
+ the year.]
# Strike – deliveries delayed | Disruption due to the weather | Notice: delays this week
Because of [a strike at the port of Rotterdam|the carrier strike|the heavy snowfall|a fire at our main
+ supplier], deliveries [this week|in the coming days] will be delayed by [one or two days|up to a week].
[Orders already confirmed keep their place in the queue.|We are doing everything we can to keep delays to a
+ minimum.] [Urgent orders can be sent by express at extra cost.|We'll update you daily.]
# Product change notification | Packaging change from {date} | New article numbers from {date}
Please note that from {date} [the stainless steel bolts will be supplied in boxes of {n}0 instead of
+ individually|the article numbers of our LED panels change|the safety shoes will come with a slightly
+ different label|the copier paper will be packed in a new type of box].
[Form, fit and function remain unchanged.|The product itself stays exactly the same.]
[Please update your article master data.|Orders with the old article number will still be accepted until the
+ end of {month}.]
# Your forecast for next year | Planning for next year | Request: volume forecast
To plan our production and raw material purchases for next year, we would appreciate your expected volumes for
+ [{product}|the items you regularly buy from us|packaging materials].
[A rough estimate per quarter is enough.|A monthly forecast would help us keep stock for you.]
[Could you send it to me by {date}?|This will help us guarantee delivery times and keep prices stable.]
# Order {po} – alternative item? | Question about your order {po} | Order {po}: one item not available
Thank you for your order {po}. [Unfortunately one of the items is no longer available in the
+ [colour|size|version] you ordered.|One of the items you ordered has been replaced by a newer model.]
[We can offer the successor model at the same price.|We could deliver an equivalent product from another
+ brand, which is {percent}% cheaper.] [Shall we go ahead with the alternative, or would you rather cancel
+ this line?|Please let me know by {weekday} so that we can ship the rest of the order.]
# Return approved – RMA-{n}{n}{n}{n} | Your return request | Return authorisation for order {po}
We have approved your return [for order {po}|of the goods from order {po}]. Your return number is
+ RMA-{n}{n}{n}{n}.
[Please pack the goods in their original packaging and write the return number clearly on the box.|Please
+ enclose a copy of this email with the goods.]
[Our carrier will collect the parcel on {date}.|Please send it to our warehouse in {city} at our expense.]
+ [Once we have checked the goods, you will receive a credit note.|The replacement will be sent as soon as the
+ return has arrived.]
#! Planned maintenance on {date} | Scheduled maintenance – service unavailable | Maintenance window
+ {weekday} night
To [upgrade our servers|install important security updates|move to a new data centre], our
+ [platform|customer portal|ordering system] will be unavailable on {date} from {time} for about {n} hours.
[Orders sent by email during this time will be processed the next morning.|Your data is not affected, and no
+ action is needed on your part.] [We have chosen a quiet time to keep the impact as small as possible.|We
+ apologise for any inconvenience.]
[You can follow the progress on our status page: {url}|If you notice anything unusual afterwards, please
+ contact our support team.]
# Fuel surcharge from {month} | Lower energy surcharge | Update: surcharge reduced to {percent}%
Good news: as [diesel prices have come down, our fuel surcharge|energy prices have come down, our energy
+ surcharge] will be reduced to {percent}% from {date}.
[The change will be visible on your invoices from {month} onwards.|Invoices already issued are not affected.]
+ [Base rates and payment terms remain the same.|Nothing else changes in our agreement.]
[We will keep reviewing the surcharge every quarter.|Thank you for your continued business.]
# Change to your payment terms | Your credit limit with {company} | New terms for orders above {amount}
Our credit insurer has [reviewed|reduced] the cover on a number of accounts, including yours, with effect from
+ {date}.
[This is a general review and has nothing to do with how you have paid us.|Your payment record with us is
+ good; this is a decision by the insurer, not by us.]
[From now on, orders above {amount} will need to be paid in advance.|For new orders, the payment term changes
+ to {days} days.] [Open invoices keep their original due dates.|Orders already confirmed are not affected.]
[If you'd like to discuss this, or can provide recent figures for the insurer, please call me.|Your account
+ manager will be happy to explain.]
# {product} back in stock | Good news: {product} available again | Reserved for you: {product}
[The {product} you asked about last month|The {product} that was on backorder] is back in stock [as of
+ today|since {date}].
[We've reserved {n}0 units for you until {date}.|We've put {n}0 units aside for you for a week.] [Just reply
+ to this email with your order number and we'll ship the same day.|After that they go back into general
+ stock, as demand is high.]
# Recipe change – allergen information | Updated allergen list from {date} | Important: new recipe for our
+ [bread|sauces|soups]
From {date}, the recipe of our [multigrain bread|pesto|vegetable soup|brownies] changes, and the product will
+ [contain sesame|contain traces of nuts|no longer be gluten-free].
[The updated product specification and allergen list are attached.|Please update your menus and allergen
+ information before {date}.] [Prices and article numbers stay the same.|Stock with the old recipe will be
+ clearly labelled until it runs out.]
[If this causes a problem for your customers, ask us about alternatives.|Please pass this on to your kitchen
+ team.]
# Harvest update | Crop outlook for this season | Volumes and prices after the harvest
[After an exceptionally dry summer|Because of the late frost in spring|After weeks of heavy rain at harvest
+ time], this year's [apple|potato|onion|strawberry] crop is [about {percent}% smaller than usual|of mixed
+ quality].
[We will do our best to deliver your contracted volumes, but may have to cut back on additional
+ orders.|Contracted volumes are secure, but spot prices are likely to rise from {month}.]
[We'll let you know in good time if anything changes for your orders.|Please send us your requirements for
+ the coming months as early as possible.]
# Security notice from {company} | Warning: fake emails in our name | Important: our bank details have not
+ changed
We recently [had a security incident on one of our mailboxes|learned that criminals are sending emails in our
+ name] and want to warn you as a precaution.
[You may receive emails claiming that our bank details have changed, or asking you to pay invoices urgently to
+ a new account.|Some customers have received fake invoices that look like ours.] [Our bank details have not
+ changed.|We will never change our bank details by email alone.]
[If in doubt, always call your usual contact on the number you already have.|Please forward any suspicious
+ email to us and do not pay it.]
# New ERP system – what changes for you | New customer number from {date} | Switch to a new system in {month}
On {date} we are switching to a new [ERP|order and invoicing] system. [You'll get a new customer number, which
+ will appear on all order confirmations and invoices.|The layout of our delivery notes and invoices will
+ change slightly.]
[Could you check that the invoice address and VAT number on the attached form are still correct?|Please let
+ us know by {date} if your invoicing details or contact persons have changed.]
[In the week of the changeover, deliveries may take one day longer.|Please place any urgent orders before
+ {weekday}.] [Prices, payment terms and bank details remain unchanged.|Nothing changes in our agreements.]
# New minimum order value from {date} | Change to our minimum order | Small-order charge from {date}
From {date}, our minimum order value will be {amount}, and orders below it will carry a small handling
+ charge.
[The reason is the sharp rise in picking and transport costs for small consignments.|This allows us to
+ keep our product prices unchanged despite rising logistics costs.]
[Orders above that value will still be delivered free of charge.|Nothing changes for orders above the
+ threshold.]
[Combining your orders into one weekly delivery is the easiest way to avoid the charge.|Your account
+ manager {colleague} will be happy to help you plan your orders.]
# Our warehouse is moving | New distribution centre in {city} | Change of collection address from {date}
On {date} we are moving our warehouse to a new, larger distribution centre in {city}.
[In the week of the move, deliveries may take a day or two longer than usual; we apologise in advance for
+ any inconvenience.|No orders will be shipped on the day of the move itself.]
[If you collect goods yourself, please note the new address on the attached map.|From that date, please
+ send any returns to the new address.]
[Your contacts, prices and the way you order stay exactly the same.|Orders will be handled as usual,
+ without interruption.]
# New opening hours | Changed hours for our trade counter | Customer service hours from {date}
From {date}, our [trade counter in {city}|customer service desk|telephone order line] will be open [from
+ 7:00 to 16:00, Monday to Friday|from 7:30 to 17:00 on weekdays and from 8:00 to 12:00 on Saturdays].
[Outside these hours you can still place orders through our webshop or by email.|Orders emailed after
+ hours will be processed first thing the next morning.]
[The earlier start was requested by many of our trade customers.|We hope the new hours suit you better.]
# Introduction of an energy surcharge | Energy surcharge from {month} | Important: temporary energy
+ surcharge
As you will know, the energy costs of [our production|our cold stores|our furnaces] have risen sharply
+ over the past months.
[Rather than raise our prices across the board, we are introducing a temporary energy surcharge of
+ {percent}% from {date}.|From {date}, a separate energy surcharge of {percent}% will appear on our
+ invoices.]
[It will be reviewed every quarter and removed as soon as energy prices return to normal.|Our list prices
+ themselves remain unchanged.]
[Thank you for your understanding.|If you have any questions, your account manager will gladly explain
+ how it is calculated.]
# Please disregard invoice {inv} | Correction to invoice {inv} | Invoice {inv} sent in error
We have noticed that invoice {inv}, sent to you on {date}, [was issued twice because of a technical
+ problem|shows the wrong delivery address|was calculated with last year's prices].
[Please disregard it; a corrected invoice will follow in the next few days.|No action is needed on your
+ part: we will cancel it and send you a corrected version.]
[If you have already paid it, the amount will of course be offset against your next invoice.|Your payment
+ term will run from the date of the corrected invoice.]
[We apologise for the confusion.|Sorry for any extra work this may cause your accounts team.]
# Order {po}: replacement already on its way | Your shipment {track} – damaged in transit | Information
+ about your delivery
{carrier} has informed us that [part of your shipment {track}|one of the pallets for order {po}] was
+ damaged in transit.
[To save you any trouble, we have already sent a replacement, which should reach you by
+ {date}.|Replacement goods have already been packed and will leave our warehouse today.]
[If the damaged parcel is delivered anyway, please refuse it or note the damage on the delivery note.|You
+ don't need to do anything: the carrier will collect the damaged goods.]
[We're sorry for the delay this causes.|We apologise for the inconvenience and are taking the matter up
+ with the carrier.]
# Order {po} – confirmed with changes | Order acknowledgement {po} | Your order {po}: please check the
+ changes
Thank you for your order {po}, which we are pleased to confirm with [a few small changes|one change].
[Quantities have been rounded up to full packaging units.|The delivery date is now {date}, as the
+ quantity ordered exceeds our current stock.|Two lines will be supplied as the successor article, at the
+ same price.]
{items}
[If anything doesn't look right, please let us know by {weekday}; otherwise we'll go ahead as
+ confirmed.|If you agree with the changes, no reply is needed.]
# Prices unchanged next year | Good news: our prices stay the same | Price guarantee until {date}
We're pleased to let you know that our prices will [stay at their current level until {date}|remain
+ unchanged for the whole of next year].
[Despite higher raw material and transport costs, we have been able to absorb the increases through more
+ efficient production.|This is our way of thanking you for your loyalty.]
[The only exception is [copper products|paper goods], whose prices remain linked to the market.|Your
+ current discounts and payment terms also stay the same.]
[Your price list for next year is attached.|If you'd like to secure volumes at these prices, please send
+ us your forecast.]
# Current lead times | Update: longer lead times for made-to-order items | Lead times extended
A quick update on our lead times: because of [an exceptional number of orders|staff shortages at our
+ plant|delays in the supply of components], made-to-order items currently take [eight to ten
+ weeks|around three months] instead of the usual four.
[Stock items are not affected and still ship within {days} days.|Orders already confirmed will be
+ delivered on the confirmed dates.]
[We're sorry that we can't offer our usual lead times at the moment.|We've added an extra shift and
+ expect lead times to be back to normal by {month}.]
[Please take this into account when planning your orders.|If you have an urgent project, please talk to
+ us before ordering so that we can reserve capacity.]
# Our ISO 14001 certification | Sustainability information for your supplier assessment | Our CO2 figures
+ for last year
We're pleased to tell you that [we are now certified to ISO 14001|our EcoVadis rating has been upgraded
+ to gold|all our cardboard packaging is now FSC-certified].
[Attached you'll find the certificate and our latest sustainability report.|For your own reporting, we've
+ attached the CO2 emissions per unit delivered to you last year.]
[Please add the documents to our supplier file.|We hope this helps with your supplier assessment.] [If
+ your procurement team has a questionnaire for us, just send it over.|{colleague} will be glad to answer
+ any questions.]
# Pallet deposit from {date} | Return of empty pallets | New arrangement for pallets and crates
From {date}, we will charge a deposit on the [euro pallets|reusable crates|gas cylinders] we deliver to
+ you, shown as a separate line on your invoices.
[The deposit is refunded in full as soon as the empties come back to us.|Empties can simply be handed to
+ our driver at the next delivery.]
[This replaces the pallet exchange we have used so far, which led to endless discussions about
+ numbers.|We are doing this because far too many pallets never come back.]
[A statement of your current pallet balance is attached.|You can check your balance at any time in the
+ customer portal.]
# Stocktake on {date} – no shipments | Warehouse closed for our annual inventory | Stocktaking: please
+ order early
Our warehouse will be closed on {date} for our annual stocktake, so [no orders will be shipped that
+ day|there will be no deliveries or collections that day].
[Orders received by {time} the day before will still go out as usual.|Orders placed during the stocktake
+ will ship on the following working day.]
[If you expect to need anything urgently, please order a few days in advance.|Our office stays open and
+ can be reached as usual.]
# One invoice per month from {month} | Change to the way we invoice | Monthly invoice instead of one per
+ delivery
From {month}, you will receive [one collective invoice per month|a single monthly invoice] instead of a
+ separate invoice for each delivery.
[It will list all of the month's deliveries with their delivery note and order numbers, so matching them
+ to your purchase orders stays easy.|Each line will show your purchase order number, so you can still
+ match everything to your orders.]
[The payment term of {days} days will run from the invoice date.|Your payment terms remain unchanged.]
+ [This should save both your accounts team and ours a good deal of paperwork.|Please let us know if this
+ causes any problems on your side.]
# New carrier from {date} | Your parcels will now be delivered by {carrier} | Change of shipping partner
From {date}, our parcels and pallets will be delivered by {carrier} [instead of our current carrier|for
+ most destinations].
[You'll receive an email with a tracking number as soon as your order leaves our warehouse.|Tracking
+ numbers will look different, but you can follow your deliveries in our portal as before.]
[Delivery times stay the same: next working day for orders placed before {time}.|Delivery times may even
+ improve slightly in rural areas.]
[If you have special delivery instructions, such as a loading dock or receiving hours, please send them
+ to us again.|Please let your goods-in team know about the change.]
# Breakdown at our plant – order {po} delayed | Apologies: production stoppage | Your order {po}: new delivery
+ date
I'm sorry to have to tell you that [one of our main presses|our extrusion line|the filling line for {product}]
+ broke down [on {weekday}|earlier this week], and production has been at a standstill since.
[The manufacturer's engineer is on site and a replacement part is on its way.|Our maintenance team expects to
+ have it running again within a few days.]
[As a result, order {po} will now leave us on {date} instead of the confirmed date.|Your order {po} is
+ affected and will be about {n} days late.]
[We're running extra shifts to catch up, and your order is first in the queue.|If any items are urgent, let me
+ know and we'll see what we can send from stock.] [Again, our apologies.|I'm sorry for the trouble this
+ causes you.]
# Labelling error – order {po} | Wrong labels on your last delivery | Please check: mislabelled cartons from
+ order {po}
We've discovered that some of the cartons delivered with order {po} carry the wrong label: [the outer box says
+ {product}, but the contents are the smaller size|the batch number on the label does not match the batch
+ inside|the best-before date printed on the label is wrong].
[The goods themselves are fine – it's purely a labelling mistake on our packing line.|The product itself is
+ unaffected; the error happened when our label printer was reset.]
[We'll post you correct labels this week, or our driver can swap the cartons at the next delivery, whichever
+ you prefer.|Our driver will bring relabelled cartons on {weekday} and take the wrong ones back.]
[Sorry for the extra work this causes your goods-in team.|Please accept our apologies – we've added an extra
+ check at packing.]
# Correction to our order confirmation {po} | Price error on confirmation {po} | Order {po}: corrected
+ confirmation attached
Going through our confirmation for order {po} again, we noticed that [line {n} was confirmed at last year's
+ price|the discount agreed with you had been left off|a freight charge was added although your order is above
+ the free-delivery threshold].
[A corrected confirmation is attached; the total is now {amount}.|Please find the corrected confirmation
+ attached, showing a total of {amount}.]
[The invoice will be based on the corrected figures, so there's nothing you need to do.|Please replace the
+ earlier version in your records.] [Apologies for the mix-up.|Sorry – our mistake.]
# Your delivery went to the wrong address | Order {po} – misdelivered, our mistake | Update on order {po}:
+ redirected
Our apologies: [your order {po}|part of your order {po}] was [sent to your old address|delivered to your head
+ office instead of your site in {city}|booked with your invoice address instead of the delivery address].
[The error was ours – the address on our delivery note had not been updated.|We entered the wrong delivery
+ address when we booked the transport.]
[{carrier} is collecting it today and will deliver it to the right address by {date}.|We've arranged for
+ {carrier} to pick it up and bring it to you by {weekday}, at our cost.] [We've corrected the address on your
+ account so it won't happen again.|The tracking number for the new delivery is {track}.]
# Samples on their way | Free samples of our new range | A few samples for you to try
[As promised at our last visit|As we think they could suit your production], we've sent you [a few samples
+ of|a sample box of] our new [{product}|biodegradable packaging|low-odour cleaning products] [today|by post
+ this week].
[They should reach you by {weekday}; there's no charge and no need to send them back.|You'll find the
+ technical data sheets and prices in the box.]
[I'd be glad to hear what your team thinks once they've had a chance to try them.|If they work for you, we'll
+ happily quote for your usual quantities.] [I'll give you a call in a couple of weeks.|Let me know if you'd
+ like more for a proper trial.]
# Clearance: end-of-line stock | Special offer for our regular customers | Remaining stock at {percent}% off
We're [clearing our warehouse before new racking goes in|making room for next season's range|discontinuing a
+ few lines], and we'd like to offer the remaining stock to our regular customers first.
[There are about {n}00 units of {product} left, which we can let you have at {percent}% below your usual
+ price.|The attached list shows what's left, with prices {percent}% below list.]
[The offer is valid while stock lasts, and until {date} at the latest.|The goods are in perfect condition;
+ only the packaging is an older design.] [Just reply with the quantities and we'll put them aside for
+ you.|Our normal delivery terms apply.]
# Installation and training on {date} | Commissioning of your new equipment | Engineer visit: installation at
+ your site
Your new [packaging machine|dishwasher line|label printers|coffee machines] will be installed by our engineer
+ {colleague} on {date}, starting at about {time}.
[Installation takes around half a day, after which {colleague} will train your operators.|After commissioning,
+ we'll run a short training session for up to {n} of your staff.]
[Please make sure there's a 16 A power socket and clear access to the installation area.|Could you arrange for
+ the old machine to be disconnected and the area cleared beforehand?]
[If the date no longer suits you, please let us know by {weekday}.|The training is included in the price.]
# Your service contract expires on {date} | Renewal of your maintenance agreement | Service agreement – time
+ to renew
Your [maintenance contract|service agreement|extended warranty] for the [heating
+ system|compressors|forklifts|alarm system] at your site in {city} runs out on {date}.
[To keep your annual inspection, priority call-outs and discounted parts, we'd suggest renewing for another
+ [one|three] years.|If you renew now, your rate stays at {amount} a year, unchanged from this year.]
[The renewal form is attached; all we need is a signature.|Just reply to this email to confirm, and we'll send
+ you the new agreement.] [Without a contract, call-outs are charged at our standard hourly rate.|If you'd
+ like to change the scope, {colleague} is happy to come by and discuss it.]
# Your rebate so far this year | Nearly at the next bonus tier | Year-end bonus: where you stand
A quick update on your annual rebate: up to the end of {month}, your purchases with us came to {amount}.
[That puts you just {percent}% short of the next tier, which would raise your rebate from 2% to 3% on the
+ whole year's turnover.|You've already reached the first bonus tier, and the next one is within reach.]
[If you were planning any larger orders for early next year, it might be worth placing them before
+ {date}.|Orders delivered by {date} still count towards this year.] [The rebate will be paid as a credit note
+ in January.|Your full statement is attached.]
# Customs paperwork for your deliveries | Shipments after Brexit: EORI number needed | New export documents
+ from {date}
Since [Brexit|the new customs rules came in], all our deliveries to you have to go through customs, and we
+ want to make sure yours aren't held up at the border.
[Could you send us your EORI number and tell us who your customs agent is?|Please confirm your EORI and VAT
+ numbers so that we can show them on our commercial invoices.]
[From {date} we'll ship on DAP terms, which means import VAT and any duties are payable by you on arrival.|Our
+ carrier {carrier} will handle the export declaration, so nothing else changes for you.] [The goods are of UK
+ origin, and a statement of origin will appear on every invoice.|Let me know if your forwarder needs anything
+ else from us.]
# Switching your orders to EDI | EDI connection with {company} | Ordering by EDI from {month}
As [your order volumes have grown|several of our larger customers have asked for it], we can now receive your
+ orders and send you order confirmations, despatch advices and invoices by EDI.
[If your ERP supports EDIFACT or a connection through an EDI provider, we'd like to set up a test with your IT
+ team in {month}.|Our EDI partner can connect to most systems, so your side would only need to send a few
+ test orders.]
[Until the link is live, please keep ordering by email as usual.|Once it's running, typing errors on orders
+ should be a thing of the past.] [Who would be the right contact in your IT department?|{colleague} from our
+ IT team will coordinate the tests.]
# Certificates for order {po} | Material certificates and test reports | Missing documents for your delivery
+ of {date}
Please find attached the [3.1 material certificates|test reports|certificates of conformity] for the goods
+ delivered with order {po} on {date}.
[I'm sorry they weren't with the delivery – they were left out of the paperwork by mistake.|The mill only
+ issued them this week, which is why they come after the goods.]
[Each certificate shows the heat number stamped on the parts, so everything can be traced back to its
+ batch.|The batch numbers on the certificates match the labels on the pallets.] [We've made a note to send
+ them with the delivery note in future.|If your quality department needs anything else, just let me know.]
#! Delivery attempted – consignment {track} | We missed you today | Your delivery could not be completed
Our driver tried to deliver consignment {track} [today at {time}|on {date}], but [the premises were
+ closed|nobody was available to sign for it|the loading bay was blocked by another vehicle].
[A card has been left at reception with our depot's phone number.|The goods have been taken back to our depot
+ in {city}.]
[We will try again on the next working day.|To rebook the delivery for a day that suits you, go to {url}.]
+ [Consignments that are not rebooked or collected within {days} days are returned to the sender.|If you'd
+ rather collect it yourself, bring this email and photo ID to the depot.]
# Order {po} ready for collection | Your order is waiting at our trade counter | Ready to collect: order {po}
Good news – your order {po} is [packed and ready|complete and waiting for you] at our [trade
+ counter|warehouse] in {city}.
[You can collect it any weekday between 7:30 and 16:30; please bring the order number with you.|Our collection
+ hours are 7:00 to 16:00, Monday to Friday, and 8:00 to 12:00 on Saturdays.]
[It's {n} pallets, so please send a vehicle with a tail-lift.|We'll hold it for you for {days} days, after
+ which the goods go back into stock.] [If you'd rather we delivered it, just reply and we'll book it for
+ {weekday} at the usual delivery charge.|]
# Your moulds in our storage | Tooling held for {customer} – keep or scrap? | Customer-owned tools at our
+ plant
During our annual tooling review we found that we are still storing [{n} injection moulds|the stamping
+ dies|the extrusion tools] that belong to you, [last used for order {po}|which haven't been used for over
+ three years].
[As we're short of space, we'd like to know whether you still need them.|Before we move them to our new
+ storage area, we want to check what you'd like us to do with them.]
[We can keep them for a storage fee of {amount} a year, send them back to you, or scrap them at no charge.|If
+ you don't expect any further orders, we could scrap them for you and issue a scrapping certificate.]
[Could you let us know by {date}?|If we hear nothing by {date}, we'll get in touch again before doing
+ anything.]
# Welcome to {company} – your trade account is open | Your new trade account | Account opened: welcome aboard
Thank you for your credit application – we're pleased to confirm that your trade account [has been opened|is
+ now active].
Your account number is [C{n}{n}{n}{n}{n}|{n}{n}{n}{n}{n}{n}], [with a credit limit of {amount} and payment at
+ {days} days from invoice|on {days}-day terms with an initial credit limit of {amount}].
[Please quote it whenever you order or call us.|You can order at any of our branches, by phone or in the
+ webshop; just quote your account number.]
[{colleague} at our {city} branch will be your contact for anything you need.|Your first statement will come
+ at the end of {month}.]
# Changes to your business account fees | Your business current account: new tariff from {date} | Important
+ information about your account charges
We're writing to let you know about changes to the fees on your business current account, which take effect on
+ {date}.
[The monthly account fee goes up to {amount}, and electronic payments beyond the first {n}0 each month will be
+ charged individually.|Cash paid in at our branches will be charged at a higher rate, while online payments
+ remain free.]
[A full list of the new charges is attached, together with the updated account terms.|You can see the complete
+ tariff in online banking under "Documents".]
[You don't need to do anything, but if you'd like to switch to a different account or close your account free
+ of charge, you can do so before {date}.|If you'd like to discuss which tariff suits your business best, your
+ relationship manager {colleague} will be happy to help.]
# End of support for version {n}.{n} | Your software version will no longer be supported | Action needed:
+ upgrade before {date}
On {date}, the version of our [stock management|point-of-sale|accounting] software that your company still
+ uses reaches the end of its support life.
[After that date we will no longer release security updates or bug fixes for it, and our helpdesk can only
+ offer limited help.|It will keep running, but it will no longer receive updates and will stop working with
+ the new bank interfaces.]
[The upgrade to the current version is included in your maintenance contract.|As you have a maintenance
+ contract, the upgrade itself is free; only the installation day is charged.]
[Could you let us know what timing suits you, so we can plan it with your IT team?|Our consultant {colleague}
+ will call you in the next few days to plan the upgrade.]
# Rent review under your lease | Your rent from {date} | Notice of rent review – premises in {city}
As you know, your lease of the [unit|offices|warehouse] in {city} provides for a rent review on {date}.
[In line with the index clause, the annual rent will rise by {percent}%, to {amount} a year plus VAT.|Based on
+ the valuation we've had carried out, we propose a new annual rent of {amount} plus VAT.]
[The new rent will apply to the invoices from {month}, so please adjust your standing order.|The calculation
+ is set out in the attached schedule.] [If you'd like to discuss it, I'm happy to meet you at the
+ property.|Please let us know within {days} days if you wish to query the figures.]
# Your year-end accounts – what we need from you | Documents for your year-end | Year-end: please send us your
+ records by {date}
Your company's financial year ended on {date}, and we'd like to make a start on your accounts [as soon as
+ possible|in {month}].
[Could you upload the bank statements for the full year, your sales and purchase invoices, the year-end stock
+ count and any loan statements to our portal?|We'll need your bank statements, the stock value at the
+ year-end, a list of debtors and creditors, and details of any assets bought or sold.]
[If we have everything by {date}, we can get draft accounts to you within a month.|The filing deadline is some
+ way off, but the sooner we have your records, the sooner we can tell you how much tax to set aside.]
[Give me a ring if anything is unclear – it's usually quicker than email.|{colleague} in our office will chase
+ up anything that's missing.]
# Bin not emptied – contaminated recycling | Your collection on {weekday} | Missed collection: contamination
+ in your recycling
Our crew was unable to empty your [mixed recycling|cardboard|glass] [container|bin] at your premises in {city}
+ on {weekday}, as it contained [food waste and black bags|polystyrene and plastic film|general waste].
[Contaminated loads are rejected at the recycling plant, so we can't collect them as recycling.|We've left a
+ sticker on the lid explaining why it wasn't emptied.]
[Please take out the wrong items before the next collection on {date}.|We can take it away as general waste
+ for an extra charge of {amount}, or you can sort it and we'll empty it at the next collection.]
[A poster showing what goes in each bin is attached – it may help to put it up in your bin store.|If it would
+ help your staff, our account team can send you labels for the bins.]
# Works at your premises start on {date} | What to expect during the works | Start of works – site set-up in
+ {city}
Just to confirm that our team will start the [roof repairs|electrical rewiring|refurbishment of the ground
+ floor] at your premises in {city} on {date}, [arriving at about 7:30|at {time}].
[On the first day we'll put up scaffolding and fencing, so we'll need the parking spaces by the side entrance
+ kept clear.|We'll need access to the fuse board and about {n} hours with the power off, ideally on the first
+ morning.]
[The noisiest work should be done in the first week; after that it will mostly be inside work.|Our site
+ manager {colleague} will be on site every day and is your contact for anything that comes up.]
[If there's anything your staff or visitors should know about, let us know before we start.|We'll keep the
+ site tidy and make sure your entrance stays accessible for customers.]
# Could you be paying less? | A suggestion based on your orders | Pallet prices for your regular items
Looking at your orders over the past year, we noticed that you buy [copier paper|cleaning chemicals|cable ties
+ and fixings|packaging tape] from us [almost every week|in small quantities several times a month].
[If you ordered by the full pallet instead, your unit price would come down by about {percent}%, and you'd
+ save on delivery charges too.|If you switched to a monthly delivery on a fixed day, we could offer you a
+ price {percent}% below what you pay now.]
[We've put the figures side by side in the attached offer, which is valid until {date}.|No obligation, of
+ course – just let me know if you'd like a formal quotation.]
# Meter exchange at your premises | Appointment to replace your electricity meter | Access needed: meter
+ installation on {date}
As your [electricity|gas] supplier, we need to replace the meter at your premises in {city} [because it's
+ reaching the end of its certified life|with a smart meter, so that you no longer have to send us readings].
We've booked [an engineer|our installer] for {date} between [8:00 and 12:00|12:00 and 16:00]; the supply will
+ be off for about [30 minutes|an hour] while the work is done.
[Please make sure the meter cupboard is accessible, and warn anyone running sensitive equipment.|If the date
+ doesn't suit you, you can rebook online at {url} or by replying to this email.]
[There's no charge for the exchange.|Your tariff and contract terms stay exactly the same.]

## internal
# Team meeting moved | Meeting on {weekday} | Reschedule: weekly meeting
The [team meeting|weekly meeting] is moved to {weekday} at {time} in room {room}.
[Please bring your figures for {month}.|Let me know if you can't make it.]
# Holiday request | Leave request {date}
I would like to take [a day off|holiday] on {date}. [{colleague} will cover for me.|Is that OK with you?]
# Can you check this invoice before I pay? | Approval needed: invoice {inv}
Could you check invoice {inv} from {company} before I [approve|pay] it? [It seems higher than usual.|I
+ am not sure the work was done.]
# Approve purchase order {po} | PO {po} needs your approval
Purchase order {po} for {product} is waiting for your approval in the system. [The budget is OK.|It is
+ above my limit.]
# IT maintenance tonight | Systems down on {weekday}
The [email server|ERP system|network] will be unavailable on {weekday} from {time} for maintenance.
[Please save your work before you leave.|Sorry for the inconvenience.]
# Lunch on {weekday}? | Welcome {colleague} | Office news
[Shall we have lunch together on {weekday}?|Please welcome {colleague}, who joins the finance team on
+ {date}.|The kitchen will be cleaned on {weekday}; please take your things out of the fridge.]
# Monthly report | Figures for {month}
Please send me [your figures|the sales report|the expense claims] for {month} by {weekday}.
[I need them for the board meeting.|Thanks for your help.]
# Notes from today's meeting | Action points {weekday} | Meeting minutes – {month}
A quick summary of [today's|this morning's] meeting: we agreed that {colleague} will chase the open invoices
+ of our largest customers and that the new price list goes out on {date}.
[The budget for {month} stays as planned.|Purchasing will ask for new quotes for {product}.] The next meeting
+ is on {weekday} at {time} in room {room}.
[Let me know if I have missed anything.|Please check your action points before then.]
# Sick today | Off sick | Not in today
[I'm ill|I've got a fever|I woke up with a migraine] and won't be in today. [I'll check my email later if I
+ can.|{colleague} knows where my open items are.]
# Supplier price increase – alternatives? | Our {product} supplier | What do we do about the late deliveries?
[Our supplier of {product} has announced another price increase of {percent}%.|The supplier of {product} has
+ delivered late three times in a row.]
[Should we ask a few other suppliers for quotes?|Shall we discuss on {weekday} whether we keep them?] [I have
+ put the figures in the shared folder.|Purchasing thinks we can get better terms elsewhere.]
# Warning: phishing emails | IT: do not click these links | Beware of fake invoices
IT here: [we are seeing a wave of phishing emails|several colleagues have received fake invoice emails] that
+ look like they come from [a supplier|our bank|Microsoft].
[Do not click on links or open attachments in emails you were not expecting.|Never enter your password on a
+ page you reached through an email link.] [If in doubt, forward the email to the IT helpdesk.|If you have
+ already clicked, call the helpdesk right away.]
# Train and hotel for {city} | Travel booking {date} | Can you book my trip?
Could you book [a train ticket|a flight] to {city} for me on {date}? [I'll come back the next day, so a hotel
+ near the office for one night would be great.|I'll be back the same evening, so no hotel needed.] [The
+ project code is {n}{n}{n}.|Please charge it to the sales budget.]
# Customer called about order {po} | Call back please | Message for you
A customer called about order {po} while you were out. [He wants to know when it will be delivered.|She says
+ part of the delivery is missing.]
[Could you call back before {time}?|I said you would get back to them today.] [The number is in the CRM.|I
+ have forwarded their email to you.]
# Month-end closing | Deadline for {month} invoices | Reminder: expense claims by {date}
For the [month-end|quarter-end] closing, please [submit all purchase invoices and expense claims for
+ {month}|approve all open invoices in the system] by {date}.
[Anything received later will be booked in the next period.|The auditors start on {weekday}, so please don't
+ be late.] Thanks!
# Please book: invoice {inv} | Invoice for the {city} project | Cost centre for invoice {inv}
Attached is invoice {inv} from [the shop fitters|the printer|our IT supplier] for [the new shelving in the
+ warehouse|the trade fair stand|the software licences]. [I've checked it and it's fine.|The work has been
+ done and I'm happy with it.]
Could you book it on [cost centre {n}00|the {city} project|the marketing budget] and release it for payment?
[It is due on {due}.|They give {percent}% discount if we pay within {days} days, so worth doing quickly.]
# Customer in {city} not happy | Can you call them back? | Unhappy customer – please call today
I just had [our customer in {city}|the buyer from the hotel group|the garage in {city}|one of our key
+ accounts] on the phone and they are [really not happy|pretty upset] about [the late delivery of order
+ {po}|our last invoice|the quality of the last batch].
Could you call them [today|before {time}] and see what we can do? [Maybe offer them something on the next
+ order.|Don't promise anything on price before we've talked.]
[They're one of our bigger accounts, so let's not lose them.|I've put my notes in the CRM.]
# Stocktake on {date} | Inventory count – all hands needed | Warehouse closed for stocktake
Reminder: the [annual|half-yearly] stocktake is on {date}, [starting at 7:00|from 7:30 sharp].
[The warehouse will be closed that day, so no deliveries in or out.|Please tell your customers that nothing
+ will ship that day.]
[Everyone from sales and admin is expected to help with counting for at least half a day.|Count lists will be
+ handed out in room {room} in the morning.] [Wear sturdy shoes!|Lunch is on the company.]
# Handover – I'm off from {date} | Open items while I'm away | Cover during my holiday
I'm on holiday from {date} for {n} days and {colleague} will cover for me. A few open points:
Order {po} for [the customer in {city}|the hospital job|our biggest account] is still waiting for the
+ supplier's confirmation – please chase it if nothing comes in by {weekday}.
[Invoice {inv} is disputed by the customer, so don't send a reminder until I'm back.|The customer has queried
+ invoice {inv}, so please put the reminders on hold.]
[My out-of-office will point people to you.|Everything else is in the shared folder.] [Only call me if the
+ building is on fire!|Thanks a lot!]
# New customer in {city} | Please create a customer account | Customer set-up – new account
Could you set up [the new customer from {city}|the garden centre in {city}|the hotel group we visited last
+ month] [in the ERP|as a new customer in the system] [today|before {weekday}]? The signed account application
+ with their VAT number and delivery address is attached.
[Payment terms {days} days, credit limit as discussed with {colleague}.|They want to pay by direct debit; the
+ mandate is attached as well.]
[Their first order ({po}) is already in, so we need the account to process it.|I'd like to send the order
+ confirmation for {po} tomorrow.]
# Bank change request – do not update yet | Suspicious email from a supplier | New IBAN request – please check
We received an email today from our [packaging|cleaning|transport] supplier saying their bank details have
+ changed, with a new IBAN at [a bank abroad|a different bank].
Please do NOT change anything in the supplier master data until I have called them on the number we already
+ have on file.
[The email came from a slightly different address than usual.|It asks us to pay invoice {inv} urgently to the
+ new account, which looks suspicious.] [I'll let you know once I've spoken to them.|If you get a similar
+ email, forward it to me and to IT.]
# Printer 2nd floor | Printer broken again | Please use the printer in {room}
The printer [on the second floor|by the kitchen] is [jammed|broken] again, technician is coming {weekday}.
Until then please use the one in room {room}. [Don't try to fix it yourself, please!|Sorry!]
# Quote {quote} – can you check? | Please review quote {quote} | Pricing check before I send
I've drafted quote {quote} for [the customer in {city}|the school project|the hotel group]: {n} x {product},
+ [delivery included|as discussed at their visit|on our standard terms].
[Could you check the margin before it goes out?|I've given them {percent}% discount – is that OK with you?]
[They want it by {weekday}, so a quick look today would be great.|The draft is in the shared folder.]
# Customer return arrived | Unannounced return in the warehouse | Who authorised this return?
Warehouse here. A pallet from [our customer in {city}|the garage in {city}|one of our retail customers] came
+ in this morning [without any paperwork|with a note saying "damaged, please credit"], [referring to order
+ {po}|but no order number].
[Did anyone in sales agree to take this back?|I can't find a return authorisation in the system.] [I've put it
+ aside in the goods-in area and taken photos.|Please let me know before {weekday} whether we accept it or
+ send it back.]
# Record month! | Great {month} figures | Cake in the kitchen
Quick one: [{month} was our best month ever|we've beaten our sales target for {month} by {percent}%]!
[Thanks everyone for the extra effort, especially the warehouse team.|Huge thanks to all of you.]
There's [cake|pizza|cake and prosecco] in the kitchen at {time} to celebrate. [Don't be late, it won't last
+ long.|See you there!]
# FW: invoice {inv} – {customer} | Customer disputes invoice {inv} – can you check? | Before I reply to
+ {customer}
See the email below from {customer}: they say [we charged them the list price instead of their contract
+ price|invoice {inv} includes a delivery they never received|we billed the same order twice].
[Could you check the contract and the delivery notes before I answer them?|Can you pull up order {po} and see
+ what actually went out?] [Please don't issue a credit note yet – I want to see the figures first.|If they're
+ right, prepare a credit note and I'll approve it.]
[They're upset, so I'd like to reply by {weekday}.|I've told them we'll come back to them tomorrow.]
# RFQ from a hospital in {city} | New quote request – who takes it? | Request {quote}: input needed
We've had a request for a quote from [a hospital in {city}|a school group|a new retail chain] for {n}00 x
+ {product}, reference {quote}.
[Can purchasing check what our cost price would be at that volume?|Warehouse: can we deliver that quantity by
+ {date}, or do we need to order in?] [{colleague}, could you take the lead on this one?|I'll prepare the
+ offer if someone can give me the numbers.]
[Our quote has to be in by {date}.|They want an answer by {weekday}.]
# Invoice {inv} doesn't match PO {po} | Goods receipt for PO {po}? | Query: supplier invoice {inv}
Accounts payable here. [Supplier invoice {inv} bills {n}0 units for PO {po}|The invoice from {company} for PO
+ {po} comes to {amount}], but the goods receipt in the system shows [fewer|only part of the delivery].
[Can you check what actually came in, and book the rest if it's there?|Was part of the order sent back, or is
+ something still missing?] [I'm holding the invoice until I hear from you.|It's due on {due}, so I'd like to
+ sort it out this week.]
# New starter on {date} | Onboarding {colleague} | Laptop and access for {colleague}
{colleague} starts [in the sales team|as our new planner|in accounts] on {date}. [Could IT prepare a laptop,
+ an email address and access to the ERP?|IT, please set up the usual accounts and a phone.]
[Facilities: a desk near the sales team and an access badge would be great.|We still need a desk and a
+ parking space.] [I'll do the welcome on the first morning at {time}.|Please add {colleague} to the team
+ lunch on {weekday}.]
# Stand rota for {event} | Who can cover the stand? | {event} – staffing the booth
We still need people for our stand at {event} [on {date}|on the {weekday}], [especially in the
+ afternoon|from {time} until closing].
[Please put your name in the rota in the shared folder by {weekday}.|Reply to me with the slots you can do.]
+ [Travel and hotel in {city} will be booked by the office.|Don't forget business cards and the new price
+ lists.]
[Time spent at the fair at the weekend can be taken off later.|Thanks – it's a good chance to meet customers
+ face to face.]
# {customer} – overdue, stop deliveries? | Account on hold? | Customer {customer} behind on payments
{customer} now has {amount} overdue, [including invoice {inv}, which was due on {due}|and they have ignored
+ our last two reminders].
[Sales has just entered a new order for them ({po}).|They've asked for another delivery this week.] [Before I
+ put the account on hold, do you know of any reason for the delay?|Should I block the order until they pay,
+ or are you talking to them?]
[Let me know today if possible.|I'd rather agree this with you than surprise them.]
# New travel and expense policy | Working from home – new rules from {date} | HR update: policy changes
From {date}, [the new travel and expense policy|the new hybrid working arrangement|the updated overtime
+ rules] applies to all staff.
The main change: [hotel costs above {amount} a night need approval in advance|everyone works at least {n}
+ days a week in the office|overtime must be approved by your manager beforehand].
[The full document is on the intranet.|HR will explain it at the staff meeting on {weekday}.] [Questions? Ask
+ {colleague} in HR.|Please read it before {date}.]
# Contract {customer} – please sign | Signature needed today | Agreement with {customer} ready for signing
Legal has reviewed the [supply agreement|service contract|framework agreement] with {customer}; [two
+ clauses on liability were changed|our liability is now capped at the contract value], and {customer} has
+ accepted that.
[It's on your desk in the red folder|I've sent it to you through the e-signature tool] – [could you sign it
+ by {weekday}?|it has to go back to them today.]
[Once it's signed, I'll send a copy to accounts for invoicing.|The first call-off under it is already
+ waiting.]
# Office move on {date} – please pack your desk | Moving to the new office | Move: what you need to do
As you know, we're moving to the new office in {city} [over the weekend of {date}|on {date}].
[Crates will be handed out on {weekday}; please pack your desk, label every crate with your name and new room
+ number ({room}), and leave them by your desk.|Please pack your personal things and files into the crates
+ provided and label them with your name.]
[IT will disconnect the PCs on Friday afternoon – please don't unplug anything yourself.|Don't pack your
+ laptop; take it home with you on Friday.] [Anything you don't want to take can go in the skip in the car
+ park.|The floor plan with the new seating is in the shared folder.]
# Visit from {customer} on {weekday} | Preparing for the visit from {customer} | Customer visit – who does
+ what?
{customer} are visiting us on {weekday} [from {time}|at {time} sharp] – [their purchasing director and two
+ people from quality|three people, including their new buyer] are coming.
[{colleague} will do the factory tour, so could production make sure the shop floor is tidy?|Warehouse: please
+ make sure the aisles are clear and goods-in looks presentable.]
[I've booked room {room} and lunch for {n}.|Reception, could you order sandwiches for {n} and have visitor
+ badges ready?] [Sales: please bring the latest figures for their account.|We'll need safety shoes and hi-vis
+ vests for the tour.]
# First aid training – volunteers wanted | Forklift refresher on {date} | Training: sign up by {weekday}
[We need {n} more trained first aiders on site, so we're running a two-day first aid course starting
+ {date}.|The forklift licence refresher for the warehouse team is on {date}, in room {room}.]
[Anyone interested can sign up with {colleague} by {weekday}; it's in working time and the company
+ pays.|Please put your name on the list on the noticeboard by {weekday}.]
[Please arrange cover with your team leader for the day.|Lunch will be provided.]
# Budget for next year – your input by {date} | Budget planning | Department budgets: template attached
It's budget time again: please fill in the attached template for your department [by {date}|before the
+ management meeting on {weekday}].
[List any new hires, larger purchases and training you're planning, with a rough cost.|Please include
+ headcount, travel, training and any investment above {amount}.]
[This year we've been asked to keep overall costs flat, so anything new needs a short justification.|Last year
+ several departments went well over budget, so please be realistic.] [Happy to go through it with you – just
+ book a slot with me.|{colleague} can give you last year's actuals.]
# Your expense claim for {month} | Expense claim – receipts missing | Can't process your expenses yet
I've [gone through|started on] your expense claim for {month} ({amount}), but I can't process it yet.
[The receipts for the hotel in {city} and two of the taxi rides are missing.|The mileage isn't broken down by
+ trip, and there's no list of who attended the client dinner.]
[Could you add the missing details in the system by {weekday}?|If a receipt is lost, please fill in a
+ missing-receipt form and get your manager to sign it.] [Otherwise it will have to wait for next month's
+ payroll.|Claims approved by the 25th are paid with this month's salary.]
# Cover between Christmas and New Year | Holiday rota – who's in? | Phone cover over the holidays
We need to keep [the office|the phones and the warehouse] staffed between Christmas and New Year, [with at
+ least two people a day|with one person from sales and one from the warehouse each day].
[I've put a rota in the shared folder – please add your name for at least one day by {weekday}.|Let me know
+ which days you could cover; I'll try to be fair and look at who worked last year.]
[Whoever works those days gets a day off in lieu in January.|Opening hours will be shorter, from 9:00 to
+ 15:00.]
# Pool van damage | Who had the van on {weekday}? | Pool van: please report any damage
Whoever had the pool van [on {weekday}|last week]: there's a new dent in the [rear door|passenger side], and
+ [the tank was nearly empty|nobody filled in the logbook].
[No one's in trouble – we just need to report it to the insurer.|Accidents happen, but we need to know so we
+ can get it repaired.] [Please come and see me or {colleague} by {weekday}.|Please drop me a line today.]
[And a reminder to everyone: fill up if it's below a quarter of a tank, and record your mileage in the
+ log.|From now on, please book the van in the shared calendar and do a quick walk-round check before you
+ drive off.]
# Annual reviews – please book your slot | Appraisals in {month} | Performance review forms due by {date}
It's time for this year's [appraisals|performance reviews]: [I've put slots in my calendar for the weeks in
+ {month}|managers will hold a one-to-one with everyone during {month}].
[Before your meeting, please fill in the self-assessment form on the intranet and send it to your
+ manager.|Please think about what went well this year, what could be better, and any training you'd like.]
[The meetings take about an hour, in room {room}.|Pay reviews will be discussed separately.] [Any questions,
+ ask {colleague} in HR.|Please book your slot by {weekday}.]
# Near miss in the warehouse | Safety: forklift near miss | Reminder: walkways and hi-vis
[Yesterday|On {weekday}] there was a near miss in [aisle {n}|the goods-in area]: a forklift reversing [out of
+ a bay|round a corner] almost hit a colleague who was [walking outside the marked walkway|checking a delivery
+ without a hi-vis vest].
[Nobody was hurt, but it was very close.|Luckily nobody was injured.] [Please use the marked walkways at all
+ times; hi-vis is compulsory beyond the yellow line.|Drivers, please sound the horn at every blind corner and
+ when reversing.]
[We'll go over it at the toolbox talk on {weekday} at {time}.|If you see anything unsafe, report it to
+ {colleague} straight away – near misses help us prevent real accidents.]
# Shared drive clean-up before the migration | Moving our files to the cloud on {date} | IT: please tidy your
+ folders
IT here: on {date} we're moving the shared drive to [SharePoint|the new cloud storage], [so please tidy up
+ your department's folders before then|and we'd like to move as little clutter as possible].
[Delete duplicates and old drafts, and move personal files out of the shared folders.|Anything that hasn't
+ been touched for more than five years will be archived, not moved.]
[After the move, the old drive will be read-only for {n} weeks and then switched off.|Links to files in old
+ emails will stop working, so please update your bookmarks.] [{colleague} will run a short intro session on
+ {weekday} at {time} in room {room}.|Questions? Just reply to this email.]

## spam
#! Congratulations! You have won | You are our lucky winner | Claim your prize now
Congratulations! Your email address has been selected in our [annual|international] lottery and you have
+ won {prize}.
To claim your prize, [reply with your full name and bank details|click here: {url}].
This offer expires in 48 hours.
#! Cheap meds online | Best prices on medication | 80% off pharmacy
Buy [Viagra, Cialis|pain killers|weight loss pills] online without prescription! [Discreet shipping
+ worldwide.|Lowest prices guaranteed.]
Order now at {url}
#! Your account has been suspended | Security alert: verify your account | Unusual sign-in activity
We detected unusual activity on your account. [To avoid suspension, verify your identity within 24
+ hours.|Your mailbox will be deleted unless you confirm your password.]
[Click here to verify: {url}|Log in here: {url}]
#! Invoice overdue – pay now | Outstanding payment notice | Your invoice is ready to view
Dear customer, your invoice is overdue. [View and pay your invoice here: {url}|Download the invoice: {url}]
Failure to pay will result in [legal action|additional fees].
#! Make money from home | Earn $5000 a week | Crypto investment opportunity
[Earn thousands from home with this simple trick.|Our bitcoin robot made 300% last month.] [No
+ experience needed!|Limited places available!]
Sign up today: {url}
#! SEO services for your website | Get to page 1 of Google | Website ranking
I [checked|looked at] your website and noticed it is not ranking on Google. We can get you on the first
+ page [in 30 days|guaranteed].
Reply to this email for a free audit.
#! Business proposal | Confidential inheritance | Urgent assistance needed
I am [a lawyer|a bank manager] and I need your help to transfer {prize} out of the country. You will
+ receive 30% of the funds.
Please reply [in confidence|urgently] with your phone number.
#! Your parcel could not be delivered | Delivery failed – action required | Your package is on hold
We tried to deliver your parcel today, but [the customs fee has not been paid|the address was incomplete].
[To schedule a new delivery, pay the small fee of 1.99 EUR here: {url}|Confirm your address and pay the
+ delivery fee here: {url}] Your parcel will be returned to the sender if you do not act within 48 hours.
#! Urgent request | Are you at your desk? | Confidential
Are you available? I need you to handle [an urgent bank transfer|a confidential payment] for me today.
[I am in a meeting and can't talk on the phone.|This concerns an acquisition and must stay between us for
+ now.] Reply to this email as soon as possible and I will send you the details.
#! A document has been shared with you | {company} sent you a file | Shared: Payment_Details.pdf
[{company} has shared a document with you via OneDrive.|You have received a secure document through DocuSign.]
[View document: {url}|Open the file here: {url}] You will be asked to sign in with your email password to view
+ it.
#! Verified B2B contact lists | Reach 2 million decision makers | Email database for your industry
We offer [verified email lists|an up-to-date database] of [decision makers|CEOs and purchasing managers] in
+ your industry.
[Get 50,000 contacts for only 299 USD!|Boost your sales with our targeted leads.] Reply "YES" for a free
+ sample.
#! Domain expiration notice | Final notice: your domain expires | Renew your domain now
Your domain [registration|name] is about to expire. If you do not renew it, [it will become available to other
+ buyers|your website and email will stop working].
Renew now at {url} to avoid losing your online presence. [This is the final notice.|Act today.]
#! Business loan approved | Fast financing without credit check | Get up to 250,000 today
Need cash for your business? [Get a loan of up to 250,000 at just 2% interest.|Your pre-approved business loan
+ is waiting.] [No credit check, no paperwork!|Money in your account within 24 hours.]
Apply now: {url}
#! Tax refund notification | You are eligible for a tax refund | Tax refund: {amount}
After the last annual calculation of your fiscal activity, we have determined that you are eligible to receive
+ a tax refund of {amount}.
To receive your refund, [fill in the form|confirm your bank details] here: {url}
[Requests not submitted within 3 days will be cancelled.|Please allow 3-5 business days for processing.]
#! Quick favour | Are you available? | Need your help – gift cards
Are you free at the moment? I need a quick favour. [I need to get {n} gift cards for some of our clients|We
+ have to send a surprise gift to a few customers today] and I am stuck in meetings all day.
[Can you buy {n} Apple gift cards of 100 each from the nearest shop|Please get Google Play cards worth 200
+ each], scratch off the back and send me pictures of the codes.
[I will pay you back this evening.|Keep it confidential, it is a surprise.]
Sent from my iPhone
#! Brand name registration | Domain registration notice | Urgent: registration of your brand name in Asia
We are a domain name registration organization in [Shanghai|Hong Kong]. On {date} we received an application
+ from [Hengsheng Trading|Dayu Holdings|Xinhong Investment] Ltd to register your brand name as their internet
+ keyword and several domain names (.cn, .asia, .hk).
After our checking, we found the name conflicts with your company name and trademark. [If they are not your
+ partner, please reply within 7 workdays.|Please let us know whether this company is authorised by you.]
[Please forward this email to your CEO, because this is urgent.|Best regards, Alan Wang, Senior Consultant]
#! Update your company entry | European Business Register – please check your data | Free entry – update
+ required
Your company is listed in the [European Business Register|International Trade Directory|EU Company Guide].
Please check and update your [company details|entry] [free of charge|at no cost] using the form here: {url}
[By signing the form you accept an annual listing fee of 995 EUR for three years, as described in the
+ terms.|Returning the signed form constitutes an order for a 3-year premium listing at 1,190 EUR per year.]
#! Attendee list {event} | Exhibitors and visitors list | Contact list available
Hi, would you be interested in acquiring the [attendee|visitor] list of {event}?
We have {n},000 verified contacts with name, title, company, phone and email. [Let me know and I will send you
+ the pricing and a sample.|Reply with "Send pricing" to get the counts and cost.]
[If you are not interested, reply with "Leave out".|Awaiting your response.]
#! Website redesign proposal | Mobile app development | Re: your website
Hi, I am [Rahul|Priya|Amit], business development manager at a leading [web design|IT] company with {n}0+
+ expert developers.
I was going through your website and found it is [not mobile friendly|slow and outdated|not giving the best
+ user experience]; we can [redesign it|build an app for your business] at a very affordable price.
[Can I send you our portfolio and price list?|Shall we schedule a quick call this week?] [Note: we are not
+ spammers, you can reply "NO" to stop receiving emails.|Thanks & Regards]
#! You have {n} messages in quarantine | Microsoft 365: messages on hold | Action required: pending emails
Your mailbox has [{n} incoming messages|{n} pending emails] that [were held by the spam filter|could not be
+ delivered because your storage is full].
[Review and release your messages here: {url}|Release messages: {url}] [Messages not released within 48 hours
+ will be deleted.|Sign in with your email password to continue.]
Microsoft Corporation · One Microsoft Way, Redmond, WA
#! Your Amazon order has been placed | Order confirmation #{n}{n}{n}-{n}{n}{n}{n}{n} | Your order is being
+ processed
Thank you for your order of [an iPhone 15 Pro Max|a Samsung 85-inch QLED TV|a MacBook Pro 16-inch] for
+ {amount}, to be delivered to an address in {city}.
[If you did not make this purchase, cancel it here within 24 hours: {url}|Did not place this order? Click here
+ to cancel and get a full refund: {url}] [Otherwise your card will be charged today.|Your account will be
+ charged automatically.]
#! Change of bank account – urgent | Updated payment details for invoice {inv} | Re: outstanding invoice {inv}
Please note that our usual bank account is currently under [audit|review] and cannot receive payments.
Kindly make the payment for invoice {inv} ({amount}) [today|before the end of the day] to our new account at
+ [a partner bank in Hong Kong|our branch in Lithuania]: IBAN {iban}.
[Please do not call our office, the phone lines are being updated.|Reply only to this email with the payment
+ confirmation.] [This is very urgent to avoid suspension of your deliveries.|Thank you for your quick
+ action.]
#! Payment advice | Remittance advice – {amount} | Payment confirmation {inv}
We have [transferred|paid] {amount} to your account for invoice {inv}. [Please find the remittance advice in
+ the secure link below.|The payment details are available on our secure portal.]
[View remittance: {url}|Download payment_advice.html: {url}] [You may need to sign in with your email account
+ to view the document.|The link expires in 24 hours.]
#! Important: your bank card will be blocked | Security update required | Your online banking access
As part of our new [security procedure|PSD2 security regulation], all business banking customers must [confirm
+ their details|activate the new authentication] before {date}.
[If you do not, your card and online access will be blocked.|Accounts that are not updated will be suspended
+ temporarily.]
[Activate now: {url}|Update your details here: {url}] [Thank you for banking with us.|Customer Security
+ Department]
#! New voicemail from +{n}{n} {n}{n}{n} | You have 1 new voice message | Voicemail received ({n}:{n}{n} min)
You have received a new voice message [from an external caller|from {sender}] on {date} at {time}.
[Listen to the message here: {url}|The audio file is attached as Play_Voicemail.htm.] [You will need to sign
+ in with your Microsoft 365 account to listen.|The message will be deleted after 24 hours.]
[Voicemail Service|Unified Communications Team]
#! Guest post on your blog | Collaboration proposal | Article for your website
Hi, I'm [Emma|Sarah|Daniel] from a [content marketing agency|digital media company] and I love the content on
+ your website!
[I would like to contribute a high-quality guest article with one do-follow link to our client's site.|We are
+ looking to place sponsored articles on sites like yours.] [We pay 50 USD per article, via PayPal.|What is
+ your price for a link insertion in an existing post?]
[Looking forward to a long-term collaboration.|If you are not interested, just ignore this email.]
#! Trademark registration – publication fee | World Trademark Register: payment due | Renewal of your
+ trademark entry
Your trademark has been [registered|published] in the [International Patent and Trademark Register|World
+ Trademark Publication Office]. To complete the publication in our online register, please pay the fee of
+ {amount} by {due}.
[Payment reference: {inv}, bank account {iban}.|Please transfer the amount to IBAN {iban}, quoting reference
+ {inv}.]
[This offer is not an invoice and is not related to any official registration authority; payment is
+ voluntary.|Please note: this is a private service and the fee is not mandatory.]
#! You have received 0.{n}{n} BTC | Withdraw your Bitcoin balance | Your crypto wallet: funds waiting
Your [account|trading wallet] has received a deposit of 0.{n}{n} BTC (about {amount}) from [a mining
+ reward|an automated trading bonus].
[To withdraw the funds to your bank account, confirm your wallet here: {url}|Pay the small network fee of 49
+ USD to release your funds: {url}] [Unclaimed balances are cancelled after 72 hours.|Your personal account
+ manager is waiting for your call.]
#! Boost your Google rating | More 5-star reviews for your business | Your online reviews
Hi, I noticed your business has only a few reviews on Google, and [some negative ones are hurting your
+ ranking|your competitors have far more].
[We can add 50 genuine-looking 5-star reviews from real local accounts for just 149 USD.|Our team can remove
+ bad reviews and post positive ones from verified accounts.]
[100% safe, Google will never know.|Over 2,000 happy businesses already use our service.] [See our packages:
+ {url}|Reply "YES" and I will send you the price list.]
#! Copyright infringement notice | Legal notice: unauthorised use of images | Your website uses my copyrighted
+ photos
Hello, I am a [photographer|illustrator] and I have discovered that your website uses [my images|several of my
+ copyrighted photos] without a licence.
[You can see the images and where they appear on your site here: {url}|Download the evidence file here: {url}]
[Remove them within 48 hours and pay the licence fee, or I will start legal proceedings against your
+ company.|If you do not respond, my lawyers will file a claim for damages of up to 15,000 USD.]
[This is your final warning.|Regards, Melissa Harper, Harper Visuals]
#! Your subscription has been renewed | Order #{n}{n}{n}{n}{n}{n} – auto-renewal | Payment of {amount}
+ confirmed
Thank you for renewing your [Norton 360 Total Protection|McAfee LiveSafe|Geek Squad Tech Support]
+ subscription. {amount} has been charged to your account today.
[If you did not authorise this renewal, call our billing department within 24 hours on +1 808 555 0192 to
+ cancel and get a full refund.|To cancel and receive a full refund, contact our billing team now: {url}]
[Subscription term: 1 year. Devices: 5.|Invoice number: {inv}.] [This is an automated message, please do not
+ reply.|Thank you for choosing us!]
#! Congratulations – your company has been nominated | {city} Business Excellence Award | Winner announcement:
+ SME of the Year
We are delighted to inform you that your company has been selected as a winner of the [{city} Business
+ Excellence Award|European SME of the Year Award|Top 100 Growth Companies award] for this year.
[Winners are chosen by our independent panel based on customer satisfaction and growth.|Only a handful of
+ companies in your sector receive this honour.]
[To receive your trophy, certificate and a feature in our online magazine, please confirm and pay the winner's
+ package fee of {amount} here: {url}|Confirm your award and book your table at the gala dinner here: {url}]
[Places at the ceremony are limited.|This offer expires on {date}.]
#! HOT STOCK ALERT: this one is about to EXPLODE | Our analysts' Pick of the Week | Get in before the news
+ breaks on {weekday}!
[ATTENTION ALL INVESTORS:|BREAKING NEWS:] [Green Horizon Mining|Nexa BioPharm|Pacific Lithium Corp] (OTC:
+ [GHMX|NXBP|PLCX]) is [set to SOAR|about to go through the roof] after the [big announcement|press release]
+ expected [on {weekday}|this week]!
Current price only 0.0{n} USD – our short-term target is 2.{n}0 USD, a gain of over [3,000|4,500]% in [a few
+ days|the next {n} trading days]!
[Insiders are buying heavily and the volume is up {n}00% this week.|A huge promotional campaign starts
+ {weekday} and millions of investors will see this name.] [Do NOT wait until it is too late!|Get in NOW
+ before Wall Street catches on!]
[Watch it trade first thing Monday morning.|Call your broker today.] [Disclaimer: this newsletter is a paid
+ advertisement and we may sell our shares at any time.|Disclaimer: we have been compensated {n}0,000 USD by a
+ third party to distribute this report.] Penny stocks are highly speculative.
#! Rolex from 199 USD only | Luxury watches – 90% OFF | Swiss replica watches, perfect quality
Best [Swiss|Japanese] replica watches – [Rolex, Omega, Breitling, Cartier|Rolex, Patek Philippe, TAG Heuer]
+ and more, 1:1 copies nobody can tell from the ORIGINAL!
[All watches come with box, papers and 1 year warranty.|Sapphire glass, automatic movement, exact weight and
+ serial numbers.] Prices from [149|199] USD only, [FREE shipping worldwide|discreet packaging, delivery in
+ {n} days]!
[Also in our shop: designer handbags and sunglasses at factory price.|Also: Windows 11 Pro, Microsoft Office
+ and Adobe Photoshop OEM software from 19.95 USD, instant download!]
[Visit our online store now: {url}|Order today, limited stock: {url}]
To be removed from our mailing list, reply with REMOVE in the subject.
#! UNIVERSITY DIPLOMAS | Get the degree you deserve | Bachelor, Master, MBA, PhD – no exams
[UNIVERSITY DIPLOMAS!|Is the lack of a degree holding you back?] Obtain a prosperous future, money-earning
+ power, and the admiration of all.
Diplomas from prestigious [non-accredited|private] universities based on your present knowledge and
+ [life|work] experience.
[No required tests, classes, books or interviews.|No study, no exams, no waiting!] Bachelors, masters, MBA and
+ doctorate (PhD) diplomas available in the field of your choice.
[No one is turned down.|Confidentiality assured.] [CALL NOW: +1 206 555 01{n}, 24 hours a day, 7 days a week
+ including Sundays and holidays.|Order online at {url} and receive your diploma within {n} days.]
#! Lonely singles in {city} want to meet YOU | {n} women near you sent you a message | She is waiting for you
+ tonight
[Hot|Lonely|Beautiful] singles [near {city}|in your area] are waiting to meet you [TONIGHT|right now]!
[{n} women have viewed your profile|You have {n} unread messages from local ladies] – [don't keep them
+ waiting!|see their private photos now!]
[No credit card needed, 100% FREE sign-up!|Registration takes only 30 seconds and is completely discreet.]
[Click here to see who is online: {url}|Meet them here: {url}]
You received this email because you[, or someone using your address,|] signed up [for offers from our
+ partners|on one of our partner sites]. [To unsubscribe, click here: {url}|If you no longer want these
+ emails, unsubscribe here: {url}]
#! Send your AD to 10 million email addresses | Email marketing – 1,000,000 emails for 99 USD | Advertise to
+ millions of customers
We are [professional|leading] email marketing company [since 2005|with {n} years experience] and we can send
+ your advertisement to [10 million|50 million] [targeted|opt-in] email addresses [in your country|worldwide]
+ for only [99|149] USD!
[100% delivery to the inbox, not to spam folder.|Bulletproof servers, no complaints, no blocking.] [We also
+ sell fresh email lists of any country and any industry.|Email extractor software included FREE.]
[This is the most cheap and fast way to get new customers!|More customers, more sales, GUARANTEED!] Please
+ contact us for price list: {url}
This email is sent in compliance with [strict anti-spam laws|the CAN-SPAM Act of 2003]. If you do not wish
+ receive our mails anymore, please reply with "REMOVE".
#! Lose 30 lbs in 30 days! | Doctors HATE this miracle pill | Melt away belly fat while you sleep
[NEW!|BREAKTHROUGH!] [Garcinia Max|KetoBurn Ultra|SlimPro 3000] [burns fat while you sleep|blocks fat before
+ it is absorbed] – no diet, no exercise!
[Lose up to {n} kg in the first week,|Drop {n} dress sizes in one month,] [100% natural and clinically
+ proven!|as seen on TV!]
"I lost [{n}0|{n}5] pounds and my husband can't believe it!" – [Sandra|Linda|Karen] from {city}
[Order today and get {n} bottles FREE!|Only {n} bottles left at this price!] Rush your order: {url}
[These statements have not been evaluated by the FDA.|Results may vary.] To stop receiving these emails,
+ [click here|unsubscribe here]: {url}
#! Lower your monthly payments TODAY | You have been pre-approved – rates from 2.{n}% | Consolidate all your
+ debts into one
[Tired of high interest rates?|Drowning in debt?] [Refinance your mortgage|Consolidate your credit cards and
+ loans into ONE low monthly payment] and save [up to {amount}|hundreds every month]!
[Your application has been PRE-APPROVED|You have been selected] for a rate as low as 2.{n}% APR – [even with
+ bad credit!|no matter your credit history!]
[No hidden fees, no obligation.|Approval in minutes, cash within 24 hours.] [Rates are rising, lock in your
+ rate before {date}!|This offer expires {weekday} at midnight!]
[Get your FREE quote now|Claim your low rate here]: {url}
You are receiving this email because you opted in to receive offers from our partners. To unsubscribe, [click
+ here: {url}|write to Mail Preferences, PO Box 1{n}0, Las Vegas, NV].
# Very urgent reply needed | Good news for you | Assistance needed from trustworthy person
Let me introduce myself, I am [Barrister James Okoro|Mrs. Aisha Mohammed|Dr. Ibrahim Sule], [a personal
+ attorney to late Engineer Peter Wilson|the chief auditor of a bank in Ouagadougou]. I got your contact
+ [through the internet|from the chamber of commerce] and I decide to contact you, {name}, because of your
+ good reputation.
[My late client|A foreign customer of our bank] died [in a car accident|in a plane crash] with his entire
+ family, leaving a deposit of {prize} without any next of kin.
I am seeking your kind consent to present you as the beneficiary so that the fund will be release into your
+ account, and we will share [60/40|50/50] [as we agree|after the transfer].
[This transaction is 100% risk free and legal.|Please keep this matter in strict confidential.] Kindly reply
+ me with your full name, private phone number and [age|occupation] for more details.
[God bless you.|Remain blessed.]

## other
#! Newsletter {month} | Our {month} newsletter | News from {company}
[In this issue|This month]: new products, upcoming events and tips for your business.
[Read the full newsletter online: {url}|Visit our blog for more: {url}]
You receive this email because you subscribed to our newsletter. Unsubscribe: {url}
#! Automatic reply: out of office | Out of office | Automatic reply
Thank you for your email. I am out of the office until {date} with limited access to email.
[For urgent matters, please contact {colleague}.|I will reply as soon as possible after my return.]
#! Invitation: {event} | You're invited to {event} | Save the date: {event}
We are pleased to invite you to {event} on {date} in {city}.
[Register now: {url}|Places are limited – register before {date}.]
# Application for the position | Job application | Open application
I am writing to apply for the [position of bookkeeper|vacancy in your logistics team|internship]
+ advertised on your website.
[My CV is attached.|I have {n} years of experience.] I look forward to hearing from you.
#! Password reset | Reset your password | Your login code
We received a request to reset your password. [Use this link: {url}|Your code is {n}{n}{n}{n}.]
If you did not request this, you can ignore this email.
#! How did we do? | Customer survey | Tell us what you think
Thank you for [visiting us|your recent stay|attending {event}]. Please take two minutes to answer our
+ survey: {url}
# Catching up | Coffee next week? | Great to meet you at {event}
It was great to meet you at {event}. [Would you like to meet for a coffee next week?|Let's stay in touch.]
[I'll be in {city} on {date}.|Feel free to call me any time.]
# Question for the group | Anyone using e-invoicing? | Advice needed
Quick question for the group: does anyone have experience with [switching accounting software|e-invoicing for
+ government customers|hiring a first employee]?
We are a small [bakery|architecture firm|web agency] in {city} and [would love to hear what worked for
+ you|don't really know where to start].
Any tips are welcome – thanks in advance!
# Drinks on {weekday}! | Leaving drinks | You're invited
[It's my last day on {date}|I'm celebrating my birthday] and I'd like to [have a few drinks|get some food]
+ with everyone on {weekday} from {time}. [Partners welcome!|Let me know if you can make it.]
#! Registration confirmed: {event} | Your ticket for {event} | You're registered
Thank you for registering for {event} on {date}. [Your ticket is attached.|Please bring your confirmation,
+ printed or on your phone.]
[Doors open at {time}.|The programme starts at {time}.] [Add the event to your calendar: {url}|Can't come
+ after all? Cancel here: {url}]
# Sponsorship request | Support for our club | Would you sponsor our youth team?
I am writing on behalf of [our local football club|a youth orchestra|a charity run] here in {city}. [We are
+ looking for local businesses to sponsor|We are raising money for] [new kits for our youth teams|our summer
+ tour].
[Sponsors get their logo on our website and shirts.|Even a small contribution would make a big difference.]
+ [Could I call you next week to tell you more?|I'd be happy to drop by.]
#! {sender} viewed your profile | You have {n} new notifications | {sender} wants to connect
[{sender} and {n} others viewed your profile this week.|You have {n} new connection requests.|{sender} has
+ endorsed you for Project management.] [See who's interested: {url}|Log in to see all updates: {url}]
You are receiving notification emails. Unsubscribe: {url}
#! Update to our privacy policy | We're updating our terms | Important changes to our terms of use
We are updating our privacy policy with effect from {date}. [The changes explain more clearly how we use your
+ data.|Nothing changes in how we handle your personal data, but the text is clearer.]
[You can read the new policy here: {url}|No action is needed on your part.] By continuing to use our services
+ after {date}, you agree to the updated policy.
# Questionnaire for my thesis | Student research – 5 minutes of your time? | Request for an interview
I'm a student [of business administration|of logistics] at the university in {city}, and I'm writing my thesis
+ on [digitalisation in small businesses|sustainable supply chains].
[Would you be willing to fill in a short questionnaire? It takes about {n} minutes.|Could I interview someone
+ from your company for 30 minutes?] [All answers are anonymous.|I'd be very grateful for your help.]
#! Read: Invoice {inv} | Read: Order {po} | Read: Quote {quote}
Your message[ to {sender}|] [about invoice {inv}|about order {po}|with the subject "Quote {quote}"] was read
+ on {date} at {time}.
This receipt verifies that the message was displayed on the recipient's computer.[ It does not guarantee that
+ the content was read or understood.|]
#! Undeliverable: Order {po} | Undeliverable: Invoice {inv} | Mail delivery failed: returning message to
+ sender
[Delivery has failed to these recipients or groups.|Your message could not be delivered to one or more
+ recipients.] [The email address you entered couldn't be found. Remote server returned '550 5.1.1 User
+ unknown'.|The recipient's mailbox is full and can't accept messages now. Diagnostic code: smtp; 552 5.2.2
+ Mailbox full.]
[Please check the address and try to resend the message.|If the problem continues, contact the recipient by
+ other means.]
# Member information: new rules from {date} | Member update {month} | Information for our members
As your [chamber of commerce|trade association], we would like to inform you about [the new e-invoicing
+ obligation for B2B invoices|the changes to the minimum wage from {date}|the new packaging waste rules].
[Our information session on {date} in {city} explains what this means for your business.|A short guide is
+ attached to this email.] [Members can call our helpdesk free of charge with any questions.|No action is
+ needed at this stage.]
# Reference request | Could you be a reference for me? | A favour to ask
I'm applying for a [new role as purchasing manager|position in logistics|job at a larger firm] and wondered
+ whether you'd be willing to act as a reference, as we worked together for {n} years.
[They may call you in the next few weeks; it would only take ten minutes.|If it's not convenient, no problem
+ at all, of course.] [I hope all is well with you and the team!|Let's have a coffee soon either way.]
#! Thank you for your donation | Your donation receipt | Thank you for supporting us
Thank you for your [generous|kind] donation of {amount} to [our food bank|the children's hospital fund|the
+ local hospice].
[Thanks to supporters like you, we were able to help {n}00 families this year.|Your gift makes a real
+ difference.] [Your tax receipt is attached.|You will receive your annual donation statement in {month}.]
#! What's new in version {n}.{n} | Release notes | Product update: new features this month
[Version {n}.{n} of our [accounting|planning|CRM] software is now available.|We've rolled out a few updates to
+ your account this month.]
Highlights: [a faster search, better bank reconciliation and a dark mode|new report templates and a better
+ export to Excel|two-factor authentication for all users].
[The update is installed automatically; no action is needed.|See the full release notes in the help centre.]
+ [You're receiving this because you are an administrator of your company account.|Manage your email
+ preferences in your account settings.]
# Our shop in {city} has reopened | Reopening of our showroom | Come and see our new showroom
After [a few months of renovation|{n} months of building work], our [showroom|shop] in {city} is open again –
+ [bigger and brighter than before|now with a coffee corner].
[We'd be delighted to welcome you on {date} for a drink.|Drop by whenever you're in the area.] [No need to
+ register.|Feel free to bring colleagues.]
#! How would you rate your purchase? | Review your recent purchase | Tell others what you think
You recently [placed an order in our webshop|bought from our online shop]. [How are you getting on with it?|We
+ hope you're happy with it.]
[Leave a short review and help other business customers choose.|Rate your purchase with one to five stars – it
+ only takes a minute.][ Reviews are published with your first name only.|]
# Lift maintenance on {weekday} | Building notice: water off on {date} | Information for all tenants
[The lifts will be out of service for maintenance on {weekday} from {time}.|The water supply will be turned
+ off on {date} from {time} for about three hours.|The car park will be closed on {weekday} for resurfacing.]
[We apologise for any inconvenience.|Thank you for your understanding.] [This notice has also been posted in
+ the entrance hall.|Please inform your staff and visitors.]
# Slides from my talk at {event} | As promised: the presentation | Follow-up from {event}
As promised, [here are the slides from my talk|attached is the presentation I gave] at {event} on [supply
+ chain planning|e-invoicing for SMEs|hiring in a tight labour market].
[Thanks again for your questions afterwards, they were really good.|It was a pleasure to meet you.]
[If you'd like the full study, just let me know.|Feel free to share it with your colleagues.]
# Interview request | Article on family businesses | Press enquiry
I'm a journalist with [a regional newspaper|a trade magazine for the logistics sector|a business podcast] and
+ I'm working on [a piece about family businesses in {city}|an article about staff shortages|a feature on
+ companies going paperless].
[Would you or a colleague be available for a 20-minute interview before {date}?|Could I ask you a few
+ questions by phone this week?] [We'd also like a photo of you at your premises.|The article will appear in
+ our {month} issue.]
#! Recording: {event} | Thanks for joining {event} | Webinar slides and recording
Thank you for [registering for|attending] our webinar "{event}" on {date}.
[The recording and the slides are now available here: {url}|You can watch the recording on demand: {url}]
+ [The recording will stay online for {n}0 days.|Questions we didn't get to are answered in a follow-up
+ article.]
[Our next webinar is on {date}; you can register at {url}|Manage your email preferences: {url}]
# New job, new address | My new contact details | Moving on from {company}
Just a quick note to let you know that I've [left {company}|moved on] and started a new role as [head of
+ purchasing|operations manager|sales director] at another company in {city}.
[My colleague {colleague} has taken over my accounts|{colleague} is your new contact at {company}], so please
+ send anything about current orders to them.
[It would be great to stay in touch – my new details are below.|I've really enjoyed working with you and hope
+ our paths cross again.]
#! Accepted: Meeting on {weekday} | Accepted: Project review {date} | {sender} has accepted your invitation
{sender} has accepted [your meeting invitation|the invitation] for {weekday} {date} at {time}[ in room
+ {room}|].
[No message was included with the response.|Message: "See you then."] [View your calendar: {url}|The event
+ has been updated in your calendar.]
#! Quarterly business survey | Statistics office: you have been selected | Business survey – {month}
Your company has been selected [at random|from the business register] for the [quarterly survey on turnover
+ and employment|annual survey on ICT use in enterprises|survey on international trade in goods].
[Participation is required by law for selected businesses.|The results are used to produce official economic
+ statistics.] [Please complete the online questionnaire by {date}: {url}|You can log in with the code in the
+ letter we sent you by post.]
[Your answers are treated confidentially and used only for statistical purposes.|Our helpdesk is happy to
+ help if you have any questions.]
#! Ticket #{n}{n}{n}{n}: request received | We've received your request | Support request #{n}{n}{n}{n}{n}
Thank you for contacting [our support team|the {company} helpdesk|customer service]. [Your request has been
+ logged|We've created a ticket] and [one of our agents will get back to you within {n} working days|we'll
+ reply as soon as possible].
[You can follow the status of your ticket here: {url}|To add information, simply reply to this email and keep
+ the ticket number in the subject line.]
[This is an automated message.|If your question has already been solved, you don't need to do anything.]
#! Reminder: {weekday} at {time} | Event reminder | Upcoming event: {weekday} {date}
This is a reminder for [your dentist appointment|parents' evening at the school|the car service at the
+ garage|book club at Sarah's] on {weekday} {date} at {time}.
[You set this reminder for 1 day before the event.|Notification: 30 minutes before.] [Open the event in your
+ calendar to see the details.|To change your reminders, open the event in your calendar app.]
[This notification was sent by your calendar.|Invitation from your personal calendar.]
#! {sender} mentioned you in a comment | {sender} shared a document with you | New comment on "Summer fete
+ helpers"
{sender} [mentioned you in a comment|replied to your comment] in the document ["Summer fete
+ helpers"|"Five-a-side rota"|"Allotment watering schedule"|"Book club reading list"].
["Could you take the Saturday morning slot again?"|"Can you bring the gazebo this year?"|"I've put you down
+ for {weekday} – swap with me if that doesn't work."]
[Reply to the comment or open the document: {url}|Open the document to see the whole thread: {url}]
[You received this email because you are a collaborator on this document.|You can change your notification
+ settings in the document.]
#! Your parcel is ready for collection | Parcel waiting in your locker | Collect your parcel – code
+ {n}{n}{n}{n}{n}{n}
Your parcel [from an online shop|with tracking number {track}] has been delivered to the parcel locker at [the
+ station car park|the supermarket on the high street|the petrol station] in {city}.
Your collection code is {n}{n}{n}{n}{n}{n}: [enter it on the locker screen and your door will open|scan the QR
+ code in the app when you are at the locker].
[Please collect your parcel within {n} days, after which it will be returned to the sender.|Your parcel will
+ wait for you until {due}.] [No payment is required.|Need more time? You can extend once, free of charge, in
+ the app.]
# Alumni dinner – are you coming? | Reunion on {date} | Ten years on – let's meet up!
[It's hard to believe, but it's ten years since we finished at the business school in {city}.|The alumni
+ association is holding its annual dinner for graduates of the accounting course.]
We've booked [a room at the old students' union|the upstairs room of a restaurant near the campus] for {date}
+ from {time}, [with a three-course dinner|with drinks and a buffet].
[Could you let me know in the next couple of weeks whether you're coming?|Let me know by the end of {month} so
+ we know how many to cater for.] [Feel free to pass this on to anyone from our year I may have
+ missed.|Partners are very welcome.]
# Volunteers needed on {date} | Food bank collection – can you help? | Helpers wanted for the supermarket
+ collection
Our [local food bank|church food bank] is holding a collection at [the supermarket on the high street|two
+ supermarkets in {city}] on {date}, and we're short of volunteers.
[Shifts are two hours, between 9:00 and 17:00, and no experience is needed – just a friendly face.|We need
+ people to hand out shopping lists at the entrance and sort donations into crates.]
[If you can spare a couple of hours, reply with the time that suits you.|Just put your name down for a slot on
+ the sheet in the church hall.] [Bring a friend if you can!|Thank you – last year's collection fed {n}0
+ families for a month.]
# Five-a-side on {weekday}? | Football – who's in? | Pitch booked for {weekday}
I've booked the pitch at [the sports centre|the leisure centre|the school] for {weekday} at {time}, [and we
+ still need two more|but so far there are only six of us].
[It's a fiver each, as usual.|Same as last time, we'll split the cost between whoever turns up.]
[Let me know by tomorrow night so I can cancel if we don't have enough.|Who's in?] [Bring a dark and a light
+ shirt.|Drinks afterwards at the usual place.]
#! Your library items are due back soon | Reminder: items due back on {date} | Your reservation is ready to
+ collect
This is a reminder from [{city} Libraries|your local library] that [{n} items on your card are due back on
+ {date}|the book you reserved is now ready to collect at the {city} branch].
[You can renew your loans online at {url}, as long as nobody else has reserved them.|Reserved items are kept
+ for {n} days at the issue desk.]
[A small fine is charged for each day an item is overdue.|Opening hours and contact details are on our
+ website.][ This is an automated message – please do not reply.|]
# School closed on {weekday} | Snow closure – {weekday} | Important: school closure and remote learning
Because of [the heavy snow forecast overnight|a burst water main|a power cut affecting the whole site], the
+ school will be closed to pupils on {weekday}.
[Teachers will set work on the online learning platform by 9:30.|Remote lessons will follow the normal
+ timetable, starting at 9:00.]
[The parents' evening planned for that day has been moved to {date}.|Breakfast club and after-school club are
+ also cancelled.] [We'll text you as soon as we can confirm when we're reopening.|Please keep an eye on the
+ school website for updates.]
#! New sign-in to your account | Security alert: new device | Was this you?
[We noticed a new sign-in to your account|Your account was just used to sign in] from [a Windows PC|an
+ iPhone|a Mac] near {city} on {date} at {time}.
[If this was you, you don't need to do anything.|If you recognise this activity, you can safely ignore this
+ email.]
[If it wasn't you, change your password straight away at {url} and check your recent activity.|Didn't sign in?
+ Secure your account here: {url}] [We'll never ask for your password by email.|You're receiving this email to
+ help keep your account secure.]
# Street party on {date} | Road closure for the street party | Street party – can you help?
We've got permission from the council to close the road for a street party on {date}, from [12:00 to
+ 18:00|midday until about 7pm].
[Everyone's asked to bring a dish to share and a couple of chairs.|We're planning a barbecue, games for the
+ kids and a cake competition.]
[Please move your car off the street by 10:00 that morning.|If you could help set up the tables or lend a
+ gazebo, let me know.] [Pop a note through my door at number {n} if you have any questions.|Hope to see you
+ all there!]
#! Bin collections: changes next week | Your collection day is changing | Council reminder: bin day
[Because of the bank holiday, your bin collections next week will be one day later than usual.|From {date},
+ your household waste will be collected on {weekday}s instead.|Your garden waste subscription runs out on
+ {date}; you can renew it online at {url}.]
[Please put your bins out by 7:00 on the day of collection.|You can check your new collection calendar at
+ {url}.]
[You're receiving this because you signed up for bin reminders from the council.|To manage your notifications,
+ visit {url}.]
# Rehearsal moved to {weekday} | Choir: change to this week's rehearsal | Concert on {date} – final details
[This week's rehearsal is moved to {weekday} at {time}, as the church hall is booked for a wedding.|Just a
+ reminder that the concert is on {date}; please be at the church by {time} for the warm-up.]
[Please bring your folder and a pencil.|Black clothes for the concert, as usual, with a splash of colour if
+ you like.]
[Subs for this term are now due – cash or bank transfer to the treasurer, please.|If you can't make it, let me
+ know so I can sort out the parts.] [See you there!|Thanks, all.]
#! Your prescription is ready | Prescription ready for collection | Appointment confirmed: {date} at {time}
[Your repeat prescription is ready to collect from the pharmacy on the high street.|Your appointment at the
+ surgery is confirmed for {date} at {time} with the practice nurse.]
[Please bring photo ID if someone else is collecting for you.|If you need to cancel, please let us know at
+ least 24 hours in advance by calling the surgery or using the app.]
[This is an automated message from your GP practice; replies to this address are not read.|Please do not reply
+ to this message.]
# Sponsor me for the half marathon? | Running for the hospice | My charity run on {date}
I'm running [the half marathon in {city}|my first 10K|a 50-mile ultra] on {date} to raise money for [the local
+ hospice|a cancer charity|the children's ward that looked after my nephew].
[I've been training since January and my knees are just about holding up!|It's the furthest I've ever run, so
+ wish me luck.]
[If you'd like to sponsor me, my fundraising page is {url} – anything at all is much appreciated.|No pressure
+ at all, but if you'd like to chip in, the link is {url}.] [Thank you!|I'll let you know how it goes.]
"""
