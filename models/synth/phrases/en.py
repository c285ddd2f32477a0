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
"""
