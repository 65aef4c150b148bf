<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ActionGate</name>
    <message>
        <source>Needs the %1 role</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackDating</name>
    <message numerus="yes">
        <source>This payment is dated %1, %n day(s) ago. Post it with that date?</source>
        <translation>
            <numerusform>This payment is dated %1, %n day ago. Post it with that date?</numerusform>
            <numerusform>This payment is dated %1, %n days ago. Post it with that date?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Post with that date</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This charge is dated %1, %n day(s) ago. Save it with that date?</source>
        <translation>
            <numerusform>This charge is dated %1, %n day ago. Save it with that date?</numerusform>
            <numerusform>This charge is dated %1, %n days ago. Save it with that date?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Save with that date</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This adjustment is dated %1, %n day(s) ago. Save it with that date?</source>
        <translation>
            <numerusform>This adjustment is dated %1, %n day ago. Save it with that date?</numerusform>
            <numerusform>This adjustment is dated %1, %n days ago. Save it with that date?</numerusform>
        </translation>
    </message>
    <message>
        <source>Dated before today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go back and change the date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliTr</name>
    <message>
        <source>--method: &quot;%1&quot; is not a method; use transfer-rigorous, transfer-fifo or recreate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LIST: there is no billing list &quot;%1&quot;; the lists are %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--ledger: &quot;%1&quot; is neither legacy nor tracked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--id: there is no migration with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>migration %1: %2 of %3 families, %4 rows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseConnector</name>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LedgerText</name>
    <message>
        <source>Adjustment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepayment (unearned income)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PayDesk</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 line %2: the text is not UTF-8; save the file as CSV UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 line %2: a quoted field is not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 line %2: text follows the closing quote of a field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 line %2: a quote appears inside a field that is not quoted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty: it has no header line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the output is not open for writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the CSV data: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import folder %1 has no %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no column %2 (its header line has: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 line %2, column %3: value &quot;%4&quot;: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an id is required here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an id is a positive whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a date is required here (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a date; write dates as YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this column may not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write 1 for the family&apos;s guarantor and 0 for the other members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>patient %1 is already on line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>family %1 already has its guarantor on line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>charge %1 is already on line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>charge %1 belongs to family %2, patient %3 to family %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adjustment %1 is already on line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a payment of 0.00 moves no money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a payment method; use cash, check, card, portal or other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payment %1 is already on line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payment %1 is not in payments.csv; splits come with their payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>charge %1 belongs to family %2, payment %3 to family %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>charge %1 is by provider %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>charge %1 is at clinic %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payment %1 already has provider %2 from another split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payment %1 already has clinic %2 from another split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a split to a charge may not be 0.00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the splits of payment %1 add up to %2, more than its amount %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no patient %1 in patients.csv or in the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no charge %1 in charges.csv or in the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>family %1 has no guarantor; mark exactly one member with 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>family %1 already has a guarantor in the database: patient %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this id is already in the database; each record can be imported once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no family with account number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>charge #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adjustment #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unearned income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment #%1 is a %2 of payment #%3: it cannot be allocated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>void</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment #%1 was voided by #%2: it cannot be allocated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment #%1 is negative (%2): negative payments are never allocated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no payment #%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no allocation #%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocation #%1 is itself a reversal: allocate the payment again instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocation #%1 was already taken back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount for %1 must be positive, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charge #%1 is not on account %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocating %1 to charge #%2 would take its balance of %3 below zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjustment #%1 is not on account %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjustment #%1 is attached to charge #%2: allocate to the charge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocating %1 to adjustment #%2 would take its balance of %3 below zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The allocations total %1, more than the %2 of payment #%3 that is unallocated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no provider #%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no clinic #%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider code is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clinic code is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The procedure code is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no patient #%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The adjustment type is empty (for example discount or write-off).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no charge #%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charge #%1 belongs to patient #%2, not #%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjustment %1 would take charge #%2&apos;s balance of %3 below zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last name is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first name is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date is missing or not a date (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date %1 is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account number %1 is not a positive number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family %1 already has a guarantor: %2 (#%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reason is required: it is kept in the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment #%1 is itself a reversal of #%2: it cannot be %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment #%1 was already voided by #%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment amount is 0.00: enter what the patient paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment amount %1 is negative: negative payments are never allocated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>voided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment #%1 was refunded %2 already: voiding it would return that money twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund amount %1 is not between 0.01 and the %2 of payment #%3 that is unallocated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has more than two decimals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no list &quot;%1&quot; to export; the lists are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is empty: give a SQLite file path or postgresql://user@host/dbname.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Qt SQL driver for %1 is not installed (package %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 was written by a newer PayDesk (schema version %2; this program knows up to %3). Install the newer PayDesk to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No user is named: every posting records who made it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charge #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjustment #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocation #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has an amount of %2 cents, beyond the ±999,999,999,999.99 PayDesk can hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment #%1 of %2 has %3 allocated: its allocations must stay between 0.00 and its amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unearned allocation #%1 of payment #%2 (family %3) names patient #%4 of family %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocation #%1 of payment #%2 (family %3) pays %4 of family %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocation #%1 names patient #%2, but %3 is patient #%4&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocation #%1 names provider %2 and clinic %3, but %4 has provider %5 and clinic %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocation #%1 pays %2, which is attached to charge #%3: it must pay the charge instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocation #%1 (%2 to %3) does not mirror allocation #%4 (%5 to %6), which it reverses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocation #%1 reverses allocation #%2, which is itself a reversal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocation #%1 on payment #%2 reverses allocation #%3 of payment #%4, but is neither on that payment nor on its void.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocation #%1 is reversed %2 times, by %3: a row may be reversed once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void #%1 names no payment that it voids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void #%1 voids #%2, which is a %3, not a payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void #%1 of %2 does not cancel payment #%3 of %4: a void is the payment&apos;s amount negated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment #%1 is voided %2 times, by %3: a payment may be voided once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment #%1 is voided, yet %2 of it stays allocated: a void reverses every allocation of its payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund #%1 names no payment that it refunds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund #%1 refunds #%2, which is a %3, not a payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund #%1 is %2: a refund returns money, so it is negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment #%1 was voided and also refunded %2: its money went back twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment #%1 of %2 has %3 refunded and %4 allocated: more than it brought in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family %1 has no guarantor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family %1 has %2 guarantors (patients %3): a family has exactly one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charge #%1 has a negative balance of %2: it was paid more than it asks (legacy import?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjustment #%1 of %2 has %3 allocated: more than it asks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Income transfer, rigorous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Income transfer, FIFO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recreate payment splits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running or interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insurance overpayment on claim #%1 to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family Balancer run #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no balancer run #%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run #%1 is itself an undo; run the balancer again instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run #%1 was already reversed by run #%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negative payment #%1 (%2 on %3) has no equal negative adjustment or positive payment to offset it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sign is not that of payment %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the splits of payment %1 add up to more than its amount %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>claim %1 is already on line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>insurance paid may not be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a write-off may not be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>charge %1 belongs to family %2, claim %3 to family %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>charge %1 is already on claim %2 on line %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an as-total claim payment must be more than 0.00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>claim %1 has no procedures in claim_procs.csv: name its provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>claim %1 has no procedures in claim_procs.csv: name its clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no claim %1 in claims.csv or in the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Txfr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charge #%1 of %2 has %3 from insurance: an insurance overpayment to review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family %1 does not add up: its balance (charges + adjustments − payments − insurance) differs by %2 from its charge and adjustment balances − unallocated − unearned − unspread claim payments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim payment #%1 of %2 has %3 spread onto procedures: spreads must stay between 0.00 and its amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim spread #%1 puts claim #%2&apos;s money on charge #%3, which is not a procedure of that claim.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim #%1 names charge #%2 of another family.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Income transfer #%1 is %2: a transfer moves money between charges and must be 0.00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment #%1 of %2 holds %3 of unearned income: more was taken from it than it held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed while it was being imported; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 line %2: %3 values, where the header line has %4 columns (a value with a comma in it must be quoted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as-of date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transfer date (today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run #%1 wrote rows dated %2, on or before the lock date %3 (ledger.lock_date): that period is closed, so the run can no longer be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on or before the lock date %1 (ledger.lock_date): that period is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>charge %1 was voided: it takes nothing more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code %1 is already on line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>claim #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>claim #%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void of payment #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void of payment #%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund of payment #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund of payment #%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment, %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (voided by #%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no provider or clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Income transfer of run #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Income transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, reversed by run #%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, reversed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void of charge #%1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void of adjustment #%1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on charge #%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insurance paid on charge #%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insurance write-off on charge #%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insurance payment as a total (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finance charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The adjustment type&apos;s code is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The adjustment type code &quot;%1&quot; is reserved for voids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The adjustment type code &quot;%1&quot; is longer than %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of adjustment type &quot;%1&quot; is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of adjustment type &quot;%1&quot; is longer than %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lowers the balance: its amount must be negative (-%2), not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 raises the balance: its amount must be positive (%2), not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charge #%1 was voided by adjustment #%2: it owes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjustment #%1 is a void: it owes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjustment #%1 was voided by adjustment #%2: it owes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no adjustment type &quot;%1&quot;; the practice&apos;s types are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>charge date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The charge&apos;s description is empty: say what was done (procedure code %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adjustment date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charge #%1 was voided by adjustment #%2: it takes no more adjustments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no adjustment #%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charge #%1 was already voided by adjustment #%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charge #%1 is on claim %2, which paid %3 and wrote off %4 on it (claim payments spread onto it included): insurance is settled on the claim, so the charge cannot be voided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjustment #%1 is itself the void of adjustment #%2: it cannot be voided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjustment #%1 is itself the void of charge #%2: it cannot be voided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjustment #%1 was already voided by adjustment #%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjustment #%1 is on charge #%2, which adjustment #%3 voided together with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voiding adjustment #%1 (%2) would take charge #%3&apos;s balance of %4 below zero, even with what was allocated to it taken back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 is missing or not a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 %2 is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date of a void or refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payment date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The procedure code &quot;%1&quot; is longer than %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedure code &quot;%1&quot; has no description.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The description of procedure code &quot;%1&quot; is longer than %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fee %1 of procedure code &quot;%2&quot; is negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no procedure code &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is out of range: amounts go up to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount is empty; write it like %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount; write it like %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount here: the decimal separator is &quot;%2&quot;; write it like %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0–30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>31–60</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>61–90</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over 90</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the text holds a control character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the text holds a line break or another control character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a time zone this computer knows; write an IANA name such as America/New_York or Europe/Madrid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a date; write it as YYYY-MM-DD, or leave it empty for none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is after today (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The practice&apos;s name, printed on receipts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The practice&apos;s postal address, printed on receipts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The practice&apos;s phone number, printed on receipts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The practice&apos;s time zone: it decides what &quot;today&quot; is for every date PayDesk assigns or checks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing dated on or before this date may be posted, voided or refunded (a closed period); empty for none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text, several lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date or empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database stayed busy for %1 seconds: another workstation is in the middle of a long job, such as a Family Balancer run. Nothing was saved; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: type it as %2 or YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DD</source>
        <comment>date pattern: day</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MM</source>
        <comment>date pattern: month</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY</source>
        <comment>date pattern: year</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjustment #%1 is of kind %2 and type %3: voids, and only they, are of type void.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjustment #%1 names an adjustment that it reverses, but it is not a void.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void adjustment #%1 names adjustment #%2, which does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void adjustment #%1 voids adjustment #%2, which is itself a void.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void adjustment #%1 of %2 does not cancel adjustment #%3 of %4: a void is the amount negated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void adjustment #%1 is not on the charge, patient, provider and clinic of adjustment #%2, which it reverses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void adjustment #%1 names neither a charge nor an adjustment that it voids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charge #%1 is voided by adjustment #%2, yet its amount and adjustments come to %3, not 0.00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void adjustment #%1 is not on the patient, provider and clinic of charge #%2, which it voids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is voided %2 times, by adjustments %3: it may be voided once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charge #%1 is voided by adjustment #%2, yet %3 stays allocated to it: a void takes back every allocation of what it voids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjustment #%1 is voided by adjustment #%2, yet %3 stays allocated to it: a void takes back every allocation of what it voids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void adjustment #%1 has %2 allocated to it: a void owes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charge #%1 is voided, yet claim #%2 names it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already an adjustment type &quot;%1&quot;; select it in the list to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no adjustment type &quot;%1&quot; to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 %2 is on or before the lock date %3 (Settings; config key ledger.lock_date): the books of that period are closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is dated %2, on or before the lock date %3 (Settings; config key ledger.lock_date): the books of that period are closed, so it can no longer be voided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is dated %2, on or before the lock date %3 (Settings; config key ledger.lock_date): the books of that period are closed, so it can no longer be voided or refunded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a procedure code &quot;%1&quot;; select it in the list to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deposit date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the text has %2 characters; at most %3 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no setting &quot;%1&quot;; the settings are %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>front desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>billing manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 is locked after %2 failed sign-ins; try again in %n minute(s).</source>
        <translation>
            <numerusform>%1 is locked after %2 failed sign-ins; try again in %n minute.</numerusform>
            <numerusform>%1 is locked after %2 failed sign-ins; try again in %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The user name or the password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is disabled: an administrator can enable the user again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name &quot;%1&quot; is longer than %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name &quot;%1&quot; holds a control character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name &quot;%1&quot; is reserved for the scheduled jobs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no user &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password has %1 characters; it needs at least %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a user &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the last active administrator: make another user an administrator first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the last active administrator and cannot be disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter charges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocate payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void or refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change adjustment types and procedure codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is not an active user of this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: this needs the %2 role; %3 has the %4 role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjustments that raise the balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void a payment posted today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print receipts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change one&apos;s own password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjustments that lower the balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negative payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the Family Balancer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change practice settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up databases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a whole number; write one from %3 to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is outside %3 to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a secured database, the desk locks itself after this many minutes without use and asks for the password again (1 to 120).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a PostgreSQL URL; write it as postgresql://user@host[:port]/dbname or postgresql://?service=NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>claim payment date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>claim date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amounts of family %1 add up beyond the largest amount PayDesk can hold (999,999,999,999.99): its account cannot be added up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The charge amount %1 is negative: a charge may be 0.00 but never less; enter a credit as an adjustment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The adjustment amount is 0.00: an adjustment changes the balance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>charges total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adjustments total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payments total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family %1&apos;s %2 would be %3, beyond the largest amount PayDesk can hold (999,999,999,999.99); nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family %1&apos;s %2 is %3, beyond the largest amount PayDesk can hold (999,999,999,999.99): its account cannot be added up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 #%2 of family %3 holds %4, beyond the largest amount PayDesk can hold (999,999,999,999.99).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>since date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A daily billing run is in progress since %1 by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: statements %2, plans disabled %3, completed %4, billing resumed %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run date %1 is after today (%2): the daily run processes days that have begun.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run date %1 is before the last run (%2): days already run are not run again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailing address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family %1 owes nothing (balance %2): a payment plan needs a balance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly amount %1 must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly amount %1 is more than family %2&apos;s balance of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family %1 has no enabled payment plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family %1 already has an enabled payment plan (%2 a month from %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan start %1 is after today (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family %1 is &quot;%2&quot;: only a family in &quot;%3&quot; can be queued for statements again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not one of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days between two statements to the same family (1 to 365).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statements sent before a family goes to &quot;Suspended - Final statement sent&quot; (1 to 99); a family on a payment plan is not held to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happens to a new balance: invoice queues it for statements, suspend puts it in &quot;Suspended - Pending write-off&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automated plans: a plan with no payment for more days than this is disabled (1 to 365). Only a payment resets this clock, never a statement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automated plans: days a family stays in &quot;Suspended - Payment plan disabled&quot; before standard billing resumes (1 to 365).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charge voided: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjustment voided: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment voided (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insurance payment (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insurance write-off: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insurance payment (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No statements were sent on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a person&apos;s first and last name, as on an envelope</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run daily billing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change payment plans and patient billing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true: payment plans follow plans.days_between_payments and plans.suspended_days; false (manual plans): a plan is disabled after 45 days without a payment and the family is suspended for 15 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family %1: the daily billing run has recorded a balance of %2 as of its last day, but the ledger rows it has read add up to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment plan disabled: no payment for %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  collections: entered %1, moved %2, left %3, plans failed %4, plans paid %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing group: there is no group &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the name is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; has %3 characters; at most %4 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: say why; a change of a collection status needs a note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a collection status code; write 1 to 3 letters or digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code: %1 is already in the Collection Status Table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code: %1 is not in the Collection Status Table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the description is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days to Remain in Status of %1: %2 is not a whole number from 0 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer to Next Status Code of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a code cannot transfer to itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not in the Collection Status Table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 would make a transfer loop (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The Collection Status Table has %n code(s) already; the defaults go only into an empty table.</source>
        <translation>
            <numerusform>The Collection Status Table has %n code already; the defaults go only into an empty table.</numerusform>
            <numerusform>The Collection Status Table has %n codes already; the defaults go only into an empty table.</numerusform>
        </translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initial collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-Delinquent Payment Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-Delinquent Pmt Plan Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collection Payment Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collection Payment Plan Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Code %1 is the collection status of %n account(s).</source>
        <translation>
            <numerusform>Code %1 is the collection status of %n account.</numerusform>
            <numerusform>Code %1 is the collection status of %n accounts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Code %1 is in the collection history of %n account(s).</source>
        <translation>
            <numerusform>Code %1 is in the collection history of %n account.</numerusform>
            <numerusform>Code %1 is in the collection history of %n accounts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Code %1 is the Status for Default of %n payment plan(s).</source>
        <translation>
            <numerusform>Code %1 is the Status for Default of %n payment plan.</numerusform>
            <numerusform>Code %1 is the Status for Default of %n payment plans.</numerusform>
        </translation>
    </message>
    <message>
        <source>Code %1 is the setting %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code %1 is the Transfer to Next Status Code of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merchant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: required for a CGM webPAY plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not on the practice&apos;s list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card Holder Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card Holder Name: &quot;%1&quot; looks like a card number; PayDesk never takes card numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card Holder Zip Code: &quot;%1&quot; is not five digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family %1 has no active payment plan in collections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment Amount: %1 must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment Amount: %1 is more than %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment Days: %1 is outside 1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next Payment Date: %1 is before the Start Date of Plan, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status for Default: &quot;%1&quot; is not a code of the Collection Status Table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status for Default: &quot;%1&quot; is the status the plan itself puts the account in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collections are off: set collections.initial_status to a code of the Collection Status Table first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Patient Collections Integration does not name the status codes for this plan: set %1 first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family %1 already has an active payment plan in collections (%2 every %3 days from %4): a family has at most one active payment plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family %1 has an enabled payment plan on its statements (%2 a month from %3): a family has at most one active payment plan; disable that one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family %1 is not in collections: a collection payment plan is for an account in collections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family %1 is delinquent (%2 older than %3 days) and in collections (status %4): a non-delinquent payment plan is not possible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family %1 is in a billing group with Suppress Collections: a non-delinquent payment plan is not possible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next Payment Date: %1 is not after %2, the due date already checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a code of the Collection Status Table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family %1 has no collection status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is already in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family %1 has an active payment plan in collections: a family has at most one active payment plan; end that one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is below zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A balance is delinquent when the part of it older than this many days, by the aging rule, is at least collections.min_amount (1 to 999).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The smallest delinquent amount that sends an account to collections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The collection status a delinquent account enters. Until it is set, collections are off and the daily run skips them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collection Payment Plan: the status of an account in collections while it is on a collection payment plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collection Payment Plan Failed: where a defaulted collection payment plan sends the account, unless the plan names another status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-Delinquent Payment Plan: the status of an account that is not delinquent while it is on a payment plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-Delinquent Pmt Plan Failed: where a defaulted non-delinquent payment plan sends the account, unless the plan names another status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>collection status code or empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change collections and collection payment plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none since the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family %1 is in collection status %2 since %3, but its collection history says %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family %1 has an active collection payment plan and an enabled payment plan; one at most is allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>collections.nd_plan_code: %1 is also %2; the non-delinquent plan&apos;s status is the one that is not in collections, so it needs a code of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>collections.plan_failed_code: %1 is also collections.plan_code; a failed plan must move the account to another status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delinquent: %1 older than %2 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days in status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment plan failed: paid %1 of %2 due by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid off by payment #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount (field 7) is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount (field 7) &quot;%1&quot; has a sign; InstaMed writes amounts positive and the action gives the direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount (field 7) &quot;%1&quot; has a group separator; expected digits and a point, like 1000.00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount (field 7) &quot;%1&quot; is not an amount like 1000.00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount (field 7) &quot;%1&quot; has more than two decimals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount (field 7) &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount (field 7) &quot;%1&quot; is zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction Time (field 11) is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction Time (field 11) &quot;%1&quot; is not a date and time CCYYMMDDHHMMSS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fields are separated by &quot;%1&quot;, not &quot;|&quot;: this is not an InstaMed EOD record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line has no &quot;|&quot; separators: this is not an InstaMed EOD record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line is not text (binary data, or an encoding other than UTF-8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A second header line: only the first line of a file is its header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header &quot;%1&quot; is not H|CCYYMMDD|lockbox as version 1.2.2 writes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line does not start with &quot;D|&quot; as every detail line of a version 1.2.2 file (one that starts with an H header) does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line starts with &quot;D|&quot; but the file has no H|CCYYMMDD|lockbox header line, which version 1.2.2 files start with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record Id (field 1) &quot;%1&quot; is not an InstaMed EOD record id (IMDPA10 to IMDPA14)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 record has %2 fields, at least %3 expected: the line is cut short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment Type (field 5) &quot;%1&quot; is not CreditCard, DebitCard, eCheck or Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction Action (field 6) &quot;%1&quot; is not AuthCapt, Credit or Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction Id (field 9) is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status (field 12) &quot;%1&quot; is not an InstaMed status (A, C, S, D, V, SE, CB, RI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>InstaMed declined transaction %1 (status D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction %1 was voided at InstaMed (status V)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction %1 failed at InstaMed with a system error (status SE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ISA segment is truncated: it has %1 of its %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ISA segment is not an X12 ISA: the element separator %1 (ISA position 3) is not at position %2, which holds %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ISA segment&apos;s separators (element %1, component %2, segment %3) include a letter, digit or space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ISA segment&apos;s element or component separator (%1, %2) is a line break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ISA segment&apos;s separators (element %1, component %2, segment %3) are not distinct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>claim payment segment CLP at line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BPR01 (transaction handling) %1 at line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SE01 (segment count) %1 does not match the %2 segments of the transaction set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SE02 (control number) %1 does not match ST02 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 is not an X12 segment: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment %1 appears twice in the transaction set (line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transaction set has no BPR segment (payment amount, credit/debit and date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BPR01 (transaction handling) %1 is not &quot;H&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BPR02 (payment amount) %1 is not an amount: a positive number with at most two decimals, without grouping or sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BPR03 (credit/debit flag) %1 is neither &quot;C&quot; (payment) nor &quot;D&quot; (refund)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BPR16 (date) %1 is not a date CCYYMMDD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transaction set has no TRN segment (authorization number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TRN02 (authorization number) is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transaction set has no N1*PR segment (the patient)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N102 (patient name) is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N104 (patient account number) is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is binary (it holds NUL bytes), not an X12 835</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not text (it is not valid UTF-8), not an X12 835</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not an X12 835: it does not begin with an ISA segment (it begins with %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is an insurer&apos;s remittance, not InstaMed&apos;s patient payments (%1): insurance money is not posted as patient payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not an 835: ST01 (transaction set) is %1 at line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transaction set that begins at line %1 has no SE segment: the file is truncated or spliced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 holds %2 outside any transaction set (ST..SE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds no transaction set (ST..SE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file does not end with a complete IEA segment: it is truncated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IEA02 (interchange control number) %1 does not match ISA13 %2: the file is truncated or spliced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>portal.clearinghouse is not set: choose the clearinghouse patients pay through (instamed) in Settings &gt; Online patient services or with config set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>portal.instamed_alias is not set: enter the practice&apos;s InstaMed guest-pay alias in Settings &gt; Online patient services or with config set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not one of %3, or empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; holds &quot;%3&quot;; an alias has only letters, digits, &quot;.&quot;, &quot;-&quot; and &quot;_&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; has %3 characters; an alias has 3 to 60, or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clearinghouse patients pay online through (instamed); empty for none: no Pay Now link is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The practice&apos;s InstaMed guest-pay alias: the Pay Now address is https://pay.instamed.com/ followed by it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder the clearinghouse&apos;s payment report files arrive in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time zone the clearinghouse&apos;s report times are read in (they carry none); practice.time_zone until it is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>guest-pay alias or empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal benchmark needs families in the database and at least one file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refund date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refund date %1 is before payment #%2 of %3: money cannot go back before it came in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no payment #%1 on account %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund amount %1 is not between 0.01 and the %2 of payment #%3 not yet refunded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2); %3; %4; %5; %6 (%7, %8).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Posted %n payment(s)</source>
        <translation>
            <numerusform>Posted %n payment</numerusform>
            <numerusform>Posted %n payments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refund(s)</source>
        <translation>
            <numerusform>%n refund</numerusform>
            <numerusform>%n refunds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s)</source>
        <translation>
            <numerusform>%n duplicate</numerusform>
            <numerusform>%n duplicates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n skipped</numerusform>
            <numerusform>%n skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exception(s)</source>
        <translation>
            <numerusform>%n exception</numerusform>
            <numerusform>%n exceptions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) read</source>
        <translation>
            <numerusform>%n file read</numerusform>
            <numerusform>%n files read</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no family %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family %1 has no guarantor to post on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient Account Number (field 16)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N104 (patient account number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty: the patient typed no account number; match it to a family.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not an account number of this practice (a family number).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;: there is no family %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patient&apos;s name &quot;%1&quot; is not the last name of a member of family %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no portal exception #%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portal exception #%1 is %2 already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portal exception #%1 is a record that could not be read: there is no payment to post; dismiss it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: say why portal exception #%1 is dismissed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>portal.report_folder is not set: set the folder the clearinghouse&apos;s report files arrive in, or name one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report folder %1 is not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>InstaMed %1 %2, authorization %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>InstaMed 835, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund of %1 dated %2: family %3 has no portal payment on or before that date with %1 not yet refunded to take it back from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch online payment reports and resolve their exceptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report file %1 cannot be read: %2. It is read at the next fetch once it can be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card Type (field 8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction Id (field 9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorization Number (field 10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TRN02 (authorization number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient Last Name (field 13)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient First Name (field 14)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient Middle Name (field 15)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N102 (patient name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 characters long, more than the %3 an InstaMed value has</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the legacy ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tracked allocations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; exists already (id %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice group: there is no group with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice group: family %1 is in &quot;%2&quot; (id %3), which keeps %4; &quot;%5&quot; (id %6) keeps %7. A family moves only between groups on the same ledger; a legacy group becomes tracked by its migration, the whole group at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family %1 is in practice group &quot;%2&quot; (id %3), which keeps the legacy ledger: payments only lower the balance there. Allocation starts once the group is migrated (migrations queue --group %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change practice groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>family %1 is in practice group %2 (&quot;%3&quot;) in the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no practice group %1 in practice_groups.csv or in the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>family %1 is placed in practice group %2 on line %3; every member names the same group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write legacy or tracked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group %1 is already on line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name is already on line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group %1 is named &quot;%2&quot; in the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group %1 keeps %2 in the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database has this name for group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payment %1 is of family %2, whose practice group keeps the legacy ledger: its payments are not split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued</source>
        <comment>migration status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Progress</source>
        <comment>migration status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <comment>migration status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <comment>migration status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration: there is no migration with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>verify found %n error(s) in the converted group: %1</source>
        <translation>
            <numerusform>verify found %n error in the converted group: %1</numerusform>
            <numerusform>verify found %n errors in the converted group: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>verify: no errors, no warnings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>verify: no errors, %n warning(s): %1</source>
        <translation>
            <numerusform>verify: no errors, %n warning: %1</numerusform>
            <numerusform>verify: no errors, %n warnings: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Migration %1 is %2: only a Queued migration, or one left In Progress by a job that stopped, can be run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started again by %1: the job that ran it stopped before it ended; nothing of its conversion was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 families converted, %3 rows written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active on %1: practice group &quot;%2&quot; (id %3) keeps tracked allocations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was converted; the group keeps the legacy ledger and may be queued again once this is fixed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice group &quot;%1&quot; (id %2) has migration %3 already (%4): a group is migrated once, and an Active migration is never reversed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice group &quot;%1&quot; (id %2) keeps tracked allocations already: there is nothing to migrate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>migration %1 (%2) of practice group &quot;%3&quot; (id %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postings to practice group &quot;%1&quot; (id %2) are locked while migration %3 (%4) is In Progress: the nightly job is converting the group&apos;s payments to tracked allocations. Post again once it is Active (Tools &gt; Migrations).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a time of day; write it as HH:MM on a 24-hour clock, such as 20:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the nightly job may start the queued migrations, in the practice&apos;s time zone (HH:MM, 24-hour clock).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time of day (HH:MM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migrate a practice group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>migration %1 (%2, id %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: Active on %2, %3 families, %4 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: Error: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (another job is running it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>nothing due before %1 (it is %2): %n queued migration(s) waiting.</source>
        <translation>
            <numerusform>nothing due before %1 (it is %2): %n queued migration waiting.</numerusform>
            <numerusform>nothing due before %1 (it is %2): %n queued migrations waiting.</numerusform>
        </translation>
    </message>
    <message>
        <source>no migration queued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>WARNING: This migrates the whole practice group &quot;%1&quot; (id %2, %n families) from the legacy ledger to tracked allocations. Every family of the group is migrated, none can stay behind, and it cannot be undone.</source>
        <translation>
            <numerusform>WARNING: This migrates the whole practice group &quot;%1&quot; (id %2, %n family) from the legacy ledger to tracked allocations. Every family of the group is migrated, none can stay behind, and it cannot be undone.</numerusform>
            <numerusform>WARNING: This migrates the whole practice group &quot;%1&quot; (id %2, %n families) from the legacy ledger to tracked allocations. Every family of the group is migrated, none can stay behind, and it cannot be undone.</numerusform>
        </translation>
    </message>
    <message>
        <source>WARNING: The nightly job starts it at %1 (%2), the practice&apos;s nightly time (nightly.time). While it runs, postings to the group&apos;s families are locked: charges, adjustments, payments, allocations, voids and refunds are refused until the migration is Active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder the daily run keeps its backups of a SQLite database in; empty for a backups folder beside the database. Point it at another disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many of the daily run&apos;s backups are kept: the newest, older ones are deleted (1 to 3650).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up and restore the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no audit entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 UTC (audit #%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1 to the disk: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot rename %1 to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup file is named.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist: the backup %2 was not written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder: name the backup file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the database itself: choose another file for its backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up to %1 (%2 bytes), up to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored %1 (up to %2); the replaced database was up to %3. verify: %4 errors, %5 warnings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 does not exist: nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 was written by a newer PayDesk (schema version %2; this program knows %3): nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database&apos;s last change, %1, is later than the backup&apos;s, %2: restoring would lose what was done since. Nothing was restored; --force (on the desk: Restore anyway) replaces it all the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not installed: install postgresql-client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a PayDesk backup of a PostgreSQL database (pg_dump custom format): nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup: none on PostgreSQL (use paydesk-cli backup, or the server&apos;s own backups)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup: %1 (%2 bytes), kept %3, removed %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the backup folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start the copy to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot finish %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a PayDesk backup of a SQLite database: nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the backup %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not on PostgreSQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>psql is not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>psql failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL driver gives no libpq connection for COPY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COPY into %1: a row of %2 values for %3 columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COPY into %1 cannot start: another statement is still running on the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: row %2, column %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: row %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the settings file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: &quot;%3&quot; is not key = value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: &quot;%3&quot; is not a setting; the settings are database, user and password_file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: %3 is given a second time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: %3 has no value.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PayDeskCli</name>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Born</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>guarantor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjustments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unallocated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of #%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>voided by #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unallocated credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unearned income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1, guarantor %2 (#%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A total is out of range: amounts go up to 999,999,999,999.99.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No command given; see paydesk-cli --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates the database, or upgrades it to this version of PayDesk, and prints where it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds a patient to family ID, creating the family when it is new (its first member is its guarantor), and prints the new family and patient ids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posts a payment (dated today unless --date is given) and prints its id. --auto-allocate pays the family&apos;s open charges oldest first in the same posting; --patient-first pays this patient&apos;s charges before the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocates a payment&apos;s unallocated credit: oldest charges first, an amount to one charge, or an amount kept as unearned income (a prepayment).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voids a payment: writes a reversing payment dated today and reverses its allocations, so its charges owe again what it paid. Prints the void&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returns up to a payment&apos;s unallocated credit to the patient (by the payment&apos;s own method unless --method is given). Prints the refund&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day&apos;s payments, voids and refunds with totals by method and by user: a table, JSON with --json, or a CSV file with --csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows a family&apos;s account: members, charges with balances, payments with unallocated credit, allocations and totals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes a whole list to a CSV file and prints how many rows it wrote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks every ledger invariant over the whole database and prints each issue as &quot;error: ...&quot; or &quot;warning: ...&quot;. Exit status 1 when there is an error; warnings alone leave it 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds a generated practice of N families to the database; the same seed (default 1) gives the same practice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds a generated practice of N families (default 100,000) and measures the import rate against the database&apos;s own bulk insert, auto-allocation per posting, the account view, a CSV export and peak memory. Without --db it works on a scratch SQLite file that it deletes afterwards; never point it at a practice&apos;s database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a command; did you mean %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a command; see paydesk-cli --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: paydesk-cli [--db URL] [--user NAME] [--json] COMMAND [OPTIONS]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PayDesk&apos;s batch tool: the same ledger, rules and audit trail as the PayDesk window, for scripts and conversions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global options (before or after the command):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print results as JSON on stdout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this help; COMMAND --help for one command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print the version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values: ids are positive whole numbers; dates are YYYY-MM-DD; amounts are written like 1234.50 or 1,234.50, at most two decimals, up to 999,999,999,999.99; methods are %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit status: 0 on success; 1 when input is refused, with one line per problem on stderr and nothing written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: paydesk-cli [--db URL] [--user NAME] [--json] %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LIST is one of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Methods: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is ready (schema version %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 families, %2 patients, %3 charges, %4 adjustments, %5 payments and %6 splits from %7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ledger is consistent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 errors, %2 warnings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added a demo practice (seed %1): %2 families, %3 patients, %4 charges, %5 adjustments, %6 payments, %7 allocations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create a scratch folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered charge #%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: an adjustment attached to a charge takes the charge&apos;s provider and clinic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is required by adjustment add unless --charge is given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered adjustment #%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a positive whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a whole number from 1 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a whole number from 0 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a date; write it as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a payment method; use one of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the value is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is given more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes no value (given &quot;%2&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not expected after %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is required by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added patient #%1 to family %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>charge #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adjustment #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unearned income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allocate needs exactly one of --auto, --charge ID --amount A, --unearned --amount A.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--amount does not go with --auto: it allocates all of the unallocated credit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--amount is required by allocate with --charge or --unearned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--patient-first only goes with --auto.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--patient-first only goes with --auto-allocate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posted payment #%1 of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 unallocated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment #%1: nothing to allocate (no unallocated credit or no open charges).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posted by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deposit report for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No payments on this day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the deposit report for %1 (%2 payments, total %3) to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 rows of %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run of %1: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run #%1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Families seen %1, changed %2, refused %3; rows written %4; amount moved %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused because</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--undo: %1 cannot be given with it; an undo reverses the whole run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undo of run #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--method: required (transfer-rigorous, transfer-fifo or recreate), unless --undo RUN is given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>family %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no families to balance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every family was refused; nothing was balanced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 families holding %2 of unearned income to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guarantor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unearned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oldest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charges owe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net unearned income on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No family holds unearned income.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 families hold %2; their charges owe %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Families holding unearned income, with the amount, the oldest date and days held, and what their charges still owe: a table, JSON with --json, or a CSV file with --csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family Balancer: attributes each family&apos;s patient money to the charges it paid (income transfers, or recreated payment splits) without changing any family&apos;s balance or any payment, and prints the summary. Payments, charges and adjustments dated after --as-of are left alone. --void-transfers first reverses earlier transfers; --dry-run writes nothing; --undo reverses a whole run. Exit status 1 when a single --family was refused or nothing could be balanced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds a generated practice of N families (default 100,000) and balances all of them with the Family Balancer (default method transfer-fifo), printing the time, peak memory and rows written, then runs the method again (it must write nothing). Without --db it works on a scratch SQLite file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insurance: %1 claims, %2 claim procedures and %3 as-total claim payments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of charge #%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports a folder of PayDesk CSV files (patients.csv, charges.csv, adjustments.csv, payments.csv, optional splits.csv, claims.csv, claim_procs.csv, claim_payments.csv and procedure_codes.csv), all or nothing, and prints what it imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enters a charge. P and K are provider and clinic codes, created when new. Without --description or --amount, the procedure code&apos;s description and fee are taken from the practice&apos;s table (refused when it has none). Prints the charge id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voids a charge entered by mistake: takes back what was allocated to it (the money goes back to its payments as unallocated credit) and writes a void dated today that brings its balance to 0.00. Refused for a charge on an insurance claim. Prints the void&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enters a signed adjustment of one of the practice&apos;s types, with the type&apos;s sign (a discount or write-off is negative, a fee positive). Attached to a charge it takes the charge&apos;s provider and clinic; on its own it needs provider and clinic codes. Prints the adjustment id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voids an adjustment entered by mistake with a reversing one dated today. What was allocated to a stand-alone adjustment goes back to its payments as credit, as does what overpays a charge once its fee is voided. Prints the void&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The balance of every family that owes, aged 0-30, 31-60, 61-90 and over 90 days by the charges it comes from (money pays the oldest first), with totals per bucket: a table, JSON with --json, or a CSV file with --csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the practice&apos;s settings: each key with its value (marked when it is the default), its type and what it is for. With --json: a list &quot;settings&quot; of objects with key, value, default, type and meaning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes a practice setting (see config list for the keys); an empty VALUE (&quot;&quot;) clears a date or a text. A value of the wrong type or an unknown key is refused and nothing is written; every change is recorded in the audit trail with the value before and after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 = %2 (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type: %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already %2; nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now %2 (it was %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedure codes: %1 added or changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: procedure code &quot;%2&quot; is not in the practice&apos;s table, so it has nothing to fill in; give %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--amount: procedure code &quot;%1&quot; has no fee; give --amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered void #%1 of %2 (%3); %4 returned to payments as credit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 to payment #%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocation #%1: %2 of payment #%3 to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posted void #%1 of payment #%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posted refund #%1: %2 of payment #%3, by %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aging as of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No family owes anything on this day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the aging as of %1 (%2 families owing %3) to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an option of %2; see %3 --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 audit rows to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No audit rows match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database is secured: sign in with --user NAME --password-file FILE (a file only its owner may read, holding the password), or run the command on a terminal to be asked for the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds a user (an administrator&apos;s work once the database is secured). The password, at least 8 characters, is read from F, a file only its owner may read (chmod 600). The first administrator given a password secures the database for good: from then on every command signs in and roles are enforced. The names daily-run and nightly-run are reserved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the users: name, role, whether active, and the last sign-in (UTC). With --json: a list &quot;users&quot; of objects with name, role, active and last_sign_in. Never a password or its hash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets a user&apos;s password from F (at least 8 characters; a file only its owner may read). An administrator sets anyone&apos;s; any user its own, signed in with the current one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gives a user another role. The last active administrator keeps the role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disables a user: it can no longer sign in; what it did stays in the ledger and the audit trail. The last active administrator cannot be disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enables a disabled user again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who is acting, for the audit trail (default: the login name); on a secured database the user who signs in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on a secured database, the file holding --user&apos;s password; only its owner may read it (chmod 600). Without it, a terminal asks for the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: there is no file %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is not a regular file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 may be read by other users (mode %3); make it readable by its owner only: chmod 600 %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is longer than %3 bytes; it should hold the password alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file %2 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a role; use front-desk, billing-manager or administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is enabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no users yet: the database is open to anyone named by --user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of %1 is changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail, newest first: at (UTC), user, action, entity, entity_id, before and after (the record as JSON). --family keeps the rows about a family, its patients and their ledger rows; --user, --action and --since (that day or later, in the practice&apos;s time zone) filter further. A table, JSON with --json (a list &quot;entries&quot;), or a CSV file with --csv. Here --user filters: name the user who signs in with --user before the command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family %1 is on a payment plan of %2 a month from %3 (plan %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family %1&apos;s payment plan is disabled: the family is back in standard billing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family %1&apos;s payment plan is now %2 a month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family %1 is &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  balance %1, statements sent %2, last statement %3, next statement %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1; billing resumes on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  plan %1: %2 a month from %3, last payment %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  days since last payment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  ended on %1 by %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 families to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No families are on this list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the family&apos;s latest statement to a PDF file, or its current account (as of today, the balance now) when none was sent. Printing is not sending: nothing is written to the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes every statement the daily run sent on that date to one PDF file, one per page, for mailing. Exit status 1 naming the date when none was sent that day. Printing is not sending: nothing is written to the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends a family&apos;s payment plan: the family returns to standard billing at once, without a suspension.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queues a family in &quot;Suspended - Pending write-off&quot; for statements again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A family&apos;s patient billing: its status as the Patient Billing page shows it, balance, statements sent, last and next statement, the date billing resumes after a disabled plan, and its latest payment plan (with days since the last payment as of the last daily run). --json prints the object the lists are made of.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The families on one tab of the Patient Billing page, in account order: as a table, as JSON with --json (a list of the objects billing status prints), or a CSV file with --csv (the JSON keys as headers; the plans list keeps ZOLL&apos;s header, MontlyPaymentPlanAmount included). --filter keeps the families whose guarantor&apos;s name words begin with the words given, in any order, or whose account number is given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds a generated practice of N families (default 100,000) whose history ends 32 days ago, puts M of those that owe on payment plans (default 50,000), then times the first daily run, one day&apos;s run after a day of payments, and a 30-day catch-up, with peak memory. Without --db it works on a scratch SQLite file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mailing address of family %1 is now:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the statement of family %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statements of %1: %2, written to %3 one per page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes the monthly amount of a family&apos;s enabled plan, with the same checks as plan enable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets the mailing address printed under the guarantor&apos;s name on the family&apos;s statements: several lines (write \n between them, or quote real line breaks), at most 500 characters, no other control character; --clear removes it. Recorded in the audit trail with the address before and after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>family address needs exactly one of --address TEXT, --clear.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment Amount (--amount): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment Days (--days): &quot;%1&quot; is not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: only with --webpay (CGM webPAY).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>non-delinquent payment plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>collection payment plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 every %3 days from %4, next payment %5, status for default %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  no collection status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  collection status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family %1 is on a payment plan in collections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to change: give %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family %1&apos;s payment plan in collections is changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family %1&apos;s payment plan in collections has ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--days: &quot;%1&quot; is not a whole number from 0 to 999.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added merchant &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added payment method &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No merchants yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No payment methods yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added collection status code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--next and --no-next: give one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed collection status code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted collection status code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Collection Status Table is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days to Remain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added the default collection status codes and turned collections on (collections.initial_status IC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added billing group &quot;%1&quot; (suppresses collections).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added billing group &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--suppress-collections or --no-suppress-collections: give one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing group &quot;%1&quot; suppresses collections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing group &quot;%1&quot; does not suppress collections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family %1 is in billing group &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suppressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 rows to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family %1 is in collection status %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family %1 is out of collections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family %1: no collection status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family %1: collection status %2 (%3) since %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 plan, %2: %3 every %4 days from %5, next payment %6, status for default %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  last payment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  CGM webPAY: merchant %1, payment method %2, card holder %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  history:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No accounts are in a collection status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts by status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No CGM webPAY instalments are due on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collections are off: set collections.initial_status to a collection status code first (config set), or use run-daily for the billing steps alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Puts a family on a monthly payment plan of A from --start (default today). Refused when the family owes nothing, A is not more than zero or is more than the balance, the start is after today, a plan is already enabled, or a payment plan in collections is active (collections plan add). Cancels a pending resume of billing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds a code to the Collection Status Table (a billing manager&apos;s): 1 to 3 letters or digits, kept upper case; a description of at most 40 characters on one line; Days to Remain in Status from 0 (until a user changes it, the default) to 999; a Transfer to Next Status Code that is in the table. --json prints the code as code list does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes a code of the Collection Status Table, with the checks of code add; a transfer that would lead back to the code (a loop) is refused. --no-next takes its Transfer to Next Status Code away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletes a code of the Collection Status Table. Refused while an account holds it or held it, a payment plan names it as its Status for Default, a collections.* setting names it or another code transfers to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Collection Status Table in code order; --json prints a list of objects with code, description, days_to_remain and next (null when none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds a merchant that CGM webPAY payment plans can name (at most 40 characters on one line, not in the list already, ignoring case).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The merchants, sorted; --json prints a list of names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds a payment method that CGM webPAY payment plans can name, with the checks of merchant add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The webPAY payment methods, sorted; --json prints a list of names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fills an empty Collection Status Table with CGM-like codes (IC Initial collection 30 days then C2, C2 Second notice 30 days then AG, AG Agency, ND Non-Delinquent Payment Plan, NDF Non-Delinquent Pmt Plan Failed 30 days then IC, CP Collection Payment Plan, CPF Collection Payment Plan Failed 15 days then AG) and sets the collections.* codes to them, which turns collections on. Refused when the table has codes already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds a billing group (a name of at most 40 characters, unique ignoring case); with --suppress-collections its families are kept out of the collections process.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks or clears a billing group&apos;s Suppress Collections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Puts a family in a billing group (every family is in one; &quot;Default&quot; until assigned).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The billing groups by name; --json prints a list of objects with id, name and suppress_collections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Puts a family on a payment plan watched by the collections process: A every N days (1 to 99) from --start, the first payment due on --next (default the start plus N days, never before the start). Without --delinquent a non-delinquent plan: refused for an account that is delinquent and in collections or in a billing group with Suppress Collections; the account goes to collections.nd_plan_code. With --delinquent a collection payment plan for an account in collections; it goes to collections.plan_code. --default-status is the status a default moves it to (default the plan&apos;s failed code). --webpay: the processor collects with a card it holds; merchant and method come from the practice&apos;s lists, the zip is five digits; no card number is ever taken. Refused while the family has any active payment plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes the terms of the family&apos;s active payment plan in collections, with the same checks as collections plan add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends the family&apos;s active payment plan in collections: after a non-delinquent plan the account leaves collections, after a collection payment plan it returns to collections.initial_status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Puts the family&apos;s account in collection status C by hand, with a note; from then on it moves on by C&apos;s Days to Remain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes the family&apos;s account out of collections, with a note; an active payment plan in collections ends with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The family&apos;s collection status, since when, its history and its payment plan in collections. --json prints family, code, since, history (code, from, to, by, note) and plan (null or its terms, last payment and status).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Collection Roster: every account with a collection status (or only C), in account order, as a table with the count per status, as JSON with --json, or a CSV file with --csv; columns family, guarantor, balance, delinquent, code, days_in_status, next_payment_date, plan_status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CGM webPAY instalments due on the date: family, guarantor, amount, merchant, method and card holder of each active webPAY plan whose next payment date it is; never card data. As a table, JSON with --json, or a CSV file with --csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Populates the Collection Roster: the daily run (run-daily) up to --date (default today), whose collections step checks, for each day, the collection plans due the day before (paid, or failed to their Status for Default), the accounts that turned delinquent (into the initial status) or owe nothing (out of collections, their plan completed), and the accounts whose Days to Remain are over (on to the next status). Prints run-daily&apos;s lines, each followed by a line of collection counts, or its JSON. Refused while collections are off (no collections.initial_status).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds a generated practice of N families (default 100,000; M of them on statement plans, default none), puts A of its delinquent families in collections (default 20,000), P of those on collection payment plans (default 10,000), then times the first daily run, one day&apos;s run after a day of payments and a 30-day catch-up, each with the collections step&apos;s share, and peak memory. Without --db it works on a scratch SQLite file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No accounts are in status %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every family with a balance due, in account order, with its guarantor, balance and the practice&apos;s Pay Now address (where the patient types the account number): as a table, as JSON with --json or a CSV file with --csv (keys and headers family, guarantor, balance, pay_url). Refused, naming what is missing, until portal.clearinghouse and its alias are set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay Now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No family has a balance due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>portal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch and Process Reports (a billing manager&apos;s): reads every report file in --folder (default portal.report_folder) in the order of their names; a file whose SHA-256 was read before is skipped. InstaMed EOD Posting Files, and X12 835 files named *_dpa835_*.rep. Each payment posts on its family&apos;s guarantor (the account number is the family number, the patient&apos;s last name a member&apos;s), method portal, allocated oldest first; a refund, chargeback or returned item takes back the family&apos;s portal payment; declined, voided and errored transactions are skipped; a transaction read before is a duplicate; anything else goes to the exceptions queue. Prints the summary, or with --json an object with files, files_skipped, posted, posted_total, refunds, duplicates, skipped and exceptions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report files fetched, newest first: name, when (UTC), by whom and what came of each. With --json a list of objects with id, name, size, sha256, fetched_at, fetched_by and the counts of portal fetch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exceptions queue of portal fetch, oldest first: the open exceptions, or every one with --all. With --json a list of objects with id, file, line, raw, reason and status (open, matched, dismissed), and what was read of a transaction (matchable, direction, amount, date, patient, account).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posts an open exception&apos;s transaction on family F as portal fetch would have (without the name check): a payment on its guarantor, or a refund of its portal payment. Refused for a record that could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closes an open exception without posting anything, with the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds a generated practice of N families (default 100,000), writes F InstaMed EOD Posting Files (default 10, one a day before today) holding T transactions (default 100,000: payments of what families owe, declined cards, refunds of earlier payments, accounts that match no family) into DIR (default a temporary folder), then times portal fetch on the folder and again on the same folder (every file skipped by its SHA-256), and peak memory. Without --db it works on a scratch SQLite file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No report file has been fetched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetched (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exceptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No portal exception is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portal exception #%1 is matched to family %2: payment #%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portal exception #%1 is dismissed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds a practice group (a name of at most 40 characters, unique ignoring case) keeping tracked allocations, or with --ledger legacy the legacy ledger: payments only lower the family balance and are never allocated until the group is migrated. A billing manager&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The practice groups by id with their ledger and number of families; --json prints a list of objects with id, name, ledger (legacy or tracked), families and migration (null: none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Puts a family in a practice group (every family is in one; 1, &quot;Default&quot;, until assigned). Refused between groups on different ledgers. A billing manager&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added practice group &quot;%1&quot; (id %2), which keeps %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Families</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family %1 is in practice group &quot;%2&quot; (id %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queues the migration of a legacy practice group to tracked allocations (an administrator&apos;s). Without --yes it prints what the migration does (the whole group, for good; the nightly job starts it at nightly.time and postings to the group are locked while it runs), queues nothing and exits 1. Refused for an unknown or tracked group and for a group whose migration is Queued, In Progress or Active; after Error it may be queued again. --json prints the migration as migrations list does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The migrations quick view, newest first, 50 a page (--page, default 1): ID, Name, Practice Group, Created at, Created by, Status (Queued, In Progress, Active, Error) and Completed On. --search keeps those whose id, name, group, creator or status contains T. --json prints the page as a list of objects with id, name, group, group_name, created_at, created_by, status and completed_on (a date or null).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A migration&apos;s log, oldest first: each step (queued, started, converting, verified, active, error, restarted) with its time, families, rows and message. --json prints a list of objects with at, step, families, rows and message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs a Queued migration now, or starts again one left In Progress by a job that stopped, whatever the time (an administrator&apos;s). Prints the line run-nightly prints for it; exit status 1 when it ends in Error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The nightly job (an administrator&apos;s, or the scheduled job): once the practice&apos;s time (--at, default now in practice.time_zone) has reached nightly.time it runs every Queued migration, and at any time it starts again a migration left In Progress. Prints a line per migration run (&quot;migration 7 (Old ledger, id 3): Active on 2026-12-07, 1,234 families, 5,678 rows&quot; or &quot;...: Error: reason&quot;), or what waits for nightly.time; progress goes to stderr. --json prints an object with at, nightly_time, due, migrations (each as migrations list prints it, with families, rows and reason) and waiting. Exit status 1 when a migration ended in Error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds a legacy practice group of N families (default 100,000), each with ten charges and ten payments, queues its migration and runs it as the nightly job would, printing the time, the allocations written and peak memory. Exit status 1 when the migration does not end Active. Without --db it works on a scratch SQLite file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--at: &quot;%1&quot; is not a date and time of the form YYYY-MM-DDTHH:MM (the practice&apos;s time).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was queued: run the command again with --yes to queue the migration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued %1; the nightly job starts it at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2, %3 migrations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backs up the whole database to FILE (an administrator&apos;s), consistent while desks go on working: SQLite through its online backup API, PostgreSQL with pg_dump in custom format (install postgresql-client). FILE is written under a temporary name and renamed once complete, with mode 0600; an older FILE is replaced. Prints the file, its size and the last audit entry it holds; with --json an object with file, bytes, last_audit_id and last_audit_at. Recorded in the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaces the whole database by the backup in FILE (an administrator&apos;s; PostgreSQL needs pg_restore). Refused, naming both times, when the database&apos;s last audit entry is later than the backup&apos;s, unless --force; refused when FILE is not a PayDesk backup of this kind of database. Then runs verify on the restored database and prints its issues; with --json an object with file, forced, backup_last_audit_id, backup_last_audit_at, replaced_last_audit_id, replaced_last_audit_at, verify_errors, verify_warnings and issues. Exit status 1 when verify finds an error. Recorded in the restored database&apos;s audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daily billing run (a billing manager&apos;s): processes each day from the day after the last run up to --date (default today; the first run ever processes that date alone), each in one transaction: plans disabled or completed, billing resumed, new balances queued and statements sent. Prints one line per day, or with --json a list of objects with date, statements, plans_disabled, completed and billing_resumed. With collections on (collections.initial_status set) each day also runs the collections step: its line is followed by an indented line of collection counts, and its object has collections_entered, collections_moved, collections_left, collection_plans_failed and collection_plans_paid. The last run&apos;s date again does nothing; a date after today or before the last run is refused, as is a second run while one is in progress. When portal.report_folder is set, portal fetch runs first, as daily-run, even when no day is left to run: its summary is printed first as &quot;portal: &quot; and the summary, and with --json it is the key portal of the first day&apos;s object (when no day is processed the list stays empty). Before all that, a SQLite database is backed up to backup.folder (default: a backups folder beside it) as paydesk-YYYY-MM-DD.sqlite, keeping the newest backup.keep of those files; a failed backup stops the run before any billing. Its line comes first, &quot;backup: &quot; and the file, and with --json it is the key backup of the first day&apos;s object (file, bytes, last_audit_id, last_audit_at, kept, removed; on PostgreSQL, which is not copied, {&quot;skipped&quot;: &quot;postgresql&quot;}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a SQLite file, postgresql://user@host[:port]/dbname (the password from ~/.pgpass or PGPASSFILE), or postgresql://?service=NAME (default: the database %1 names, if that file exists, else %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a settings file like /etc/paydesk/paydesk.conf: its database, user and password_file stand for --db, --user and --password-file where those are not given</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfDocument</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfOutput</name>
    <message>
        <source>Print %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No PDF viewer could be started. The document is saved as %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceiptOffer</name>
    <message>
        <source>Print receipt #%1, or save it as a PDF?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceiptPrinter</name>
    <message>
        <source>Receipt #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no payment #%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of payment #%2 · receipt #%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (patient #%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>patient #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (guarantor %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posted by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing yet: the whole amount is credit on the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unallocated credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family balance now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScreenshotTour</name>
    <message>
        <source>The database has no family to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient #%1 is not among the search results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No confirmation was shown for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered on the wrong patient</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatementDocument</name>
    <message>
        <source>Statement for account %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statements of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>current account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly payment plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since the statement of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No new charges or payments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account holds a credit: nothing is due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay online:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account number to enter: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VoidRefundFlow</name>
    <message>
        <source>Payment #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment #%1: %2 by %3 on %4 from %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The void is a payment of %1 dated today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It paid no charge, so no balance changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These allocations are reversed, so the items owe again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its unallocated credit of %1 is cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunds of %1 already written against it stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment #%1 has no unallocated credit to refund: take back an allocation first, or void the payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unallocated credit that can be returned: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refund is a negative payment dated today; the payment&apos;s allocations stay.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>PayDesk: the posting desk for patient payments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is working, for the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save screenshots of the desk into this folder, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The family the screenshots show (default: a busy one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database: a SQLite file, postgresql://user@host[:port]/dbname or postgresql://?service=NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PayDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the database, print how long the desk took to show and to search, and the memory it holds, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --benchmark-desk: print the figures as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::ui::AccountSummary</name>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charges and adjustments minus payments, however they are allocated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unallocated credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money received that is not yet applied to any charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unearned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit kept on purpose as a prepayment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is still owed on charges and adjustments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The balance by the age of the charges it comes from, in days as of today: money pays the oldest charges first, whatever the allocations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aging (days)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::ui::AccountView</name>
    <message>
        <source>Find a patient (Ctrl+F) and press Enter to open the family&apos;s account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · Account #%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · Serving %2 (patient #%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charges (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjustments (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocations (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfers (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unearned (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledger (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient responsibility</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::ui::AddGroupDialog</name>
    <message>
        <source>Add Practice Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ledger:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::ui::AddUserDialog</name>
    <message>
        <source>Add user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add user</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::ui::AdjustmentDialog</name>
    <message>
        <source>Adjustment: account %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not attached: stands on its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · balance %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ttach to charge:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pat&amp;ient:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;mount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rovider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;linic:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save adjustment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lowers the balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rai&amp;ses the balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type %1 without a sign: the type says whether it lowers or raises the balance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An adjustment must be more than %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The practice has no adjustment types yet: add them in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose whether it lowers or raises the balance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowers the balance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raises the balance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowers the balance by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raises the balance by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose whether this %1 lowers or raises the balance.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::ui::AdjustmentTypesModel</name>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowers the balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raises the balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Either way</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::ui::AdjustmentTypesPage</name>
    <message>
        <source>Adjustment &amp;types:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;w type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si&amp;gn:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What adjustments and the import files write, such as &quot;discount&quot;; chosen when the type is added (New type), and kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::ui::AdjustmentsModel</name>
    <message>
        <source>Adjustment #</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On charge #</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void of #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void of charge #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voided by #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charge #%1 voided</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::ui::AgingDialog</name>
    <message>
        <source>&amp;As of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each family&apos;s balance on the date, by the age of the charges it comes from: money pays the oldest charges first, whatever the allocations. Families with a credit or nothing owed are left out. Enter or a double-click opens the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aging as of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n family(ies) owe %1. %2</source>
        <translation>
            <numerusform>%n family owes %1. %2</numerusform>
            <numerusform>%n families owe %1. %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Export aging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Families that owe</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::ui::AgingModel</name>
    <message>
        <source>Account #</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guarantor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::ui::AllocationGridModel</name>
    <message>
        <source>The amount %1 applied to %2 of %3 is negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount %1 applied to %2 of %3 is more than its balance of %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the amount to apply to this item; Auto-allocate (Alt+A) fills the column oldest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dated after the payment date %1, and paid by it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::ui::AllocationsModel</name>
    <message>
        <source>Allocation #</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment #</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverses #</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charge #%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charge #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjustment #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unearned income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unallocate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Txfr #</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run #</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recreated split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reversal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::ui::AuditTrailDialog</name>
    <message>
        <source>&amp;Since:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any: create, void, sign-in, refused…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account #:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ac&amp;tion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account # &quot;%1&quot; is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The newest %n entries; scroll for more.</source>
        <translation>
            <numerusform>The newest entry; scroll for more.</numerusform>
            <numerusform>The newest %n entries; scroll for more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries.</source>
        <translation>
            <numerusform>%n entry.</numerusform>
            <numerusform>%n entries.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::ui::AuditTrailModel</name>
    <message>
        <source>At</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity #</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::ui::BackupActions</name>
    <message>
        <source>&amp;Back up now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;tore from backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pg_dump archives (*.dump)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the database from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pg_dump archives (*.dump);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the database %1 by the backup %2?

The backup holds the database up to %3. Everything recorded after that is lost, on every desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database was changed later, at %1: that work is lost too.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::ui::BalanceDueModel</name>
    <message>
        <source>Account #</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guarantor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay Now address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::ui::BalanceDuePage</name>
    <message>
        <source>&amp;Copy link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a family in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Pay Now link yet, so none is shown here or on statements:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account number to enter: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a family: the patient enters its account number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The first %1 of %n families with a balance due; scroll for more.</source>
        <translation>
            <numerusform>The first %1 of %n family with a balance due; scroll for more.</numerusform>
            <numerusform>The first %1 of %n families with a balance due; scroll for more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n family(ies) with a balance due.</source>
        <translation>
            <numerusform>%n family with a balance due.</numerusform>
            <numerusform>%n families with a balance due.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied %1 to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n family(ies) written to %1.</source>
        <translation>
            <numerusform>%n family written to %1.</numerusform>
            <numerusform>%n families written to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Families with a balance due</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::ui::BalancePage</name>
    <message>
        <source>A $0 income transfer (Txfr) per family moves credit to what is owed within the same patient, provider and clinic first, then ever wider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A $0 income transfer (Txfr) per family: the oldest charges take the oldest credit first, whoever they belong to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes back unallocated and overpaying splits and splits each payment again, oldest charges first; no transfer. What is left becomes unearned income.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ll families</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lea&amp;ve alone what is dated after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>V&amp;oid earlier transfers first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dry run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export summary CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;This family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;This family: account #%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;This family: account #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes back the rows of every earlier income transfer with reversing rows (nothing is deleted) before balancing again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Families:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows what a run would do to each family and writes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the rows, family by family; the run can be undone from the Runs tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the families and the method, then preview with Dry run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family Balancer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance every family with “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Balance all families</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previewing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balancing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Dry run, nothing written: %n family(ies) would change, %1 rows, %2 moved.</source>
        <translation>
            <numerusform>Dry run, nothing written: %n family would change, %1 rows, %2 moved.</numerusform>
            <numerusform>Dry run, nothing written: %n families would change, %1 rows, %2 moved.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Run #%1: %n family(ies) changed, %2 rows written, %3 moved.</source>
        <translation>
            <numerusform>Run #%1: %n family changed, %2 rows written, %3 moved.</numerusform>
            <numerusform>Run #%1: %n families changed, %2 rows written, %3 moved.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n family(ies) looked at.</source>
        <translation>
            <numerusform>%n family looked at.</numerusform>
            <numerusform>%n families looked at.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n family(ies) refused and left untouched (see why below).</source>
        <translation>
            <numerusform>%n family refused and left untouched (see why below).</numerusform>
            <numerusform>%n families refused and left untouched (see why below).</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: only whole families were done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a family to see its rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No family needs a change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account #%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is left untouched: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the rows a run would write, grouped by a new $0 income transfer (Txfr) dated %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the rows a run would write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the rows run #%2 wrote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows are written family by family, %1 families to a transaction; a cancel keeps the families already balanced. The run can be undone as a whole from the Runs tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Families and what the run does to each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows the run writes for the chosen family</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::ui::BillingGroupsPanel</name>
    <message>
        <source>Billing groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supp&amp;ress Collections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked: Suppress Collections, the group&apos;s families stay out of the collections process.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (suppressed)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::ui::BillingListModel</name>
    <message>
        <source>Guarantor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account #</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statements sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment plan amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last payment amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days since last payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspension Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing resumes on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::ui::BillingListPage</name>
    <message>
        <source>A guarantor&apos;s name or an account #</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fi&amp;nd:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an account in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The first %n accounts; scroll for more.</source>
        <translation>
            <numerusform>The first account; scroll for more.</numerusform>
            <numerusform>The first %n accounts; scroll for more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s).</source>
        <translation>
            <numerusform>%n account.</numerusform>
            <numerusform>%n accounts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>paydesk::ui::BillingReviewDialog</name>
    <message>
        <source>Patient &amp;responsibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement &amp;history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;udit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pr&amp;int statement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review account #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review: %1 · Account #%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · Account #%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The family&apos;s audit entries</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::ui::BillingSettingsPage</name>
    <message>
        <source>I&amp;nvoice patients by default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;uspend patient billing by default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Automated payment plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual plans: a plan with no payment for more than %1 days is disabled, and the family stays in &quot;Suspended - Payment plan disabled&quot; for %2 days before standard billing resumes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patient billing settings are saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days (1 to 365)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days between s&amp;tatements:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Maximum statements:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(1 to 99)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the last one the family goes to &quot;Suspended - Final statement sent&quot;; a family on a payment plan keeps receiving statements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient billing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new balance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoiced: queued for statements. Suspended: &quot;Suspended - Pending write-off&quot; until a billing manager queues it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automated payment plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days &amp;between payments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A plan with no payment for more days than this is disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended &amp;for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days in &quot;Suspended - Payment plan disabled&quot; before standard billing resumes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a payment restarts a plan&apos;s clock, never a statement: unlike billing systems that count from the last statement, PayDesk does not let a statement interval keep a patient who stopped paying on a plan forever.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::ui::ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new password for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new password for %1, who uses it from the next sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hange password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::ui::ChargeDialog</name>
    <message>
        <source>Enter charge: account %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. D1110</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pat&amp;ient:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Visit date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rovider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;linic:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedure &amp;code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;mount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A charge may be %1 but never negative.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::ui::ChargesModel</name>
    <message>
        <source>Charge #</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjustments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insurance paid %1, wrote off %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; overpaid by %2, to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voided by #%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::ui::CodeCombo</name>
    <message>
        <source>Code, e.g. DRSMITH</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::ui::CodeTablePage</name>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::ui::CollectionAccountPanel</name>
    <message>
        <source>Collection status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment plan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an account in the roster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collection payment plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-delinquent payment plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, %2: %3 every %n day(s)</source>
        <translation>
            <numerusform>%1, %2: %3 every day</numerusform>
            <numerusform>%1, %2: %3 every %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>next payment due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ended %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CGM webPAY (%1, %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collection status history</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::ui::CollectionCodeCombo</name>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::ui::CollectionCodesModel</name>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days to Remain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::ui::CollectionCodesPage</name>
    <message>
        <source>Collection Status &amp;Table:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;w code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 (until a user changes it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Descr&amp;iption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days to Remain in Stat&amp;us:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer to Ne&amp;xt Status Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown read-only: changing the Collection Status Table needs the %1 role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days to Remain in Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer to Next Status Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete collection status code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1 (%2) from the Collection Status Table?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::ui::CollectionHistoryModel</name>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(out of collections)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::ui::CollectionPlanDialog</name>
    <message>
        <source>De&amp;linquent: a collection payment plan for an account in collections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CGM &amp;webPAY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment plan · Account #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment plan: %1 · Account #%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start Date of Plan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment &amp;Amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment &amp;Days:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next Payment Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last Payment Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last Payment Amount $:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status for De&amp;fault:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not the plan&apos;s failed status: on a default the account stays in it until a user changes it (its Days to Remain and Transfer are ignored).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collection by card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merchant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment Me&amp;thod:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card &amp;Holder Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card Holder &amp;Zip Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The processor collects with a card it holds a token for: PayDesk never asks for a card number or security code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · Account #%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no collection status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 since %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 plan, Active since %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collection payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-delinquent payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment Amount: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End payment plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan ends today; a non-delinquent plan&apos;s account leaves collections, a collection plan&apos;s returns to the initial status.
&amp;Note (required, kept in the history):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::ui::CollectionRosterModel</name>
    <message>
        <source>Account #</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guarantor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days in status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delinquent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::ui::CollectionStatusDialog</name>
    <message>
        <source>Set collection status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take out of collections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the new status holds from today; its days count from today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 leaves collections today; an Active collections payment plan ends with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required: kept in the account&apos;s history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Set status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Take out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::ui::CollectionsDialog</name>
    <message>
        <source>Set s&amp;tatus…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take &amp;out of collections…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment &amp;plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A guarantor&apos;s name or an account #</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs the %1 role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fi&amp;nd:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pop&amp;ulate Collection Roster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All accounts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) – %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The first %n accounts; scroll for more.</source>
        <translation>
            <numerusform>The first %n account; scroll for more.</numerusform>
            <numerusform>The first %n accounts; scroll for more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s).</source>
        <translation>
            <numerusform>%n account.</numerusform>
            <numerusform>%n accounts.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose an account in the roster first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · Account #%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collection status codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts with the chosen status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::ui::CollectionsSettingsPage</name>
    <message>
        <source>Patient Collections Integration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The collections integration is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve integration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delin&amp;quent after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days (1 to 999)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum &amp;amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A balance is delinquent when at least this much of it is older than the days above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initial coll&amp;ection status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collection Pa&amp;yment Plan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collection Payment Plan &amp;Failed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Non-Delinquent Payment Plan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-De&amp;linquent Pmt Plan Failed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until it is set, collections are off and the daily run skips them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::ui::ConnectionDialog</name>
    <message>
        <source>A SQLite &amp;file on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Postgre&amp;SQL server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a PayDesk database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Path:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new file is created and set up when it does not exist yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose or create a PayDesk database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connects to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the keychain or ~/.pgpass when empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ser&amp;vice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password typed here is kept in the system keychain when there is one, else asked for each time. A service from pg_service.conf fills what is left empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::ui::DashboardDialog</name>
    <message>
        <source>Patient billing dashboard – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Families</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Families by billing status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plans disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plans disabled in the last %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MMM d</source>
        <comment>a day under a chart&apos;s bar</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MMM</source>
        <comment>a month under a chart&apos;s bar; the title names the years</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan payments received per month, %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::ui::DateEdit</name>
    <message>
        <source>Type the date as %1 or YYYY-MM-DD (two-digit years are this year or before); Up and Down change the day; Alt+Down opens the calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a date as %1 or YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is after today (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is before %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is on or before the lock date %2 (Settings; config key ledger.lock_date): the books of that period are closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is more than a year after today (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+Down in the date opens the calendar.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::ui::DepositLinesModel</name>
    <message>
        <source>%1 of #%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posted by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::ui::DepositReportDialog</name>
    <message>
        <source>Deposit &amp;date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open for printing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deposit report for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s), total %1</source>
        <translation>
            <numerusform>%n payment, total %1</numerusform>
            <numerusform>%n payments, total %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export deposit report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed by %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s)</source>
        <translation>
            <numerusform>%n payment</numerusform>
            <numerusform>%n payments</numerusform>
        </translation>
    </message>
    <message>
        <source>Deposit report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Enter to show %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments of the day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::ui::DeskCommands</name>
    <message>
        <source>New patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily deposit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family Balancer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net unearned income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void adjustment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient Billing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run daily billing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the day&apos;s statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migrations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::ui::DeskSession</name>
    <message>
        <source>S&amp;witch user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hange password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit &amp;trail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User: %1 (not a user of this database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of %1 is changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::ui::ErrorLabel</name>
    <message>
        <source>The database failed; nothing was saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amounts are too large to add up; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PayDesk could not finish this; nothing was saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PayDesk could not finish this; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::ui::FamilyBalancerDialog</name>
    <message>
        <source>Family Balancer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ru&amp;ns</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::ui::FamilyGroupPicker</name>
    <message>
        <source>Mo&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice gro&amp;up:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The groups on the same ledger: a legacy group becomes tracked only by its migration (Tools &gt; Practice Groups).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice group</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::ui::FamilyMemberCombo</name>
    <message>
        <source>%1 (born %2, guarantor)</source>
        <comment>any patient, man or woman</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (born %2)</source>
        <comment>any patient, man or woman</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::ui::FamilyReportDialog</name>
    <message>
        <source>&amp;Open account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::ui::ItemVoidDialog</name>
    <message>
        <source>Void charge #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void adjustment #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required: kept in the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Void charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Void adjustment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charge #%1: %2, %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjustment #%1: %2 of %3 on %4 (%5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is on charge #%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The void is an adjustment of %1 dated today: the charge then owes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The void is an adjustment of %1 dated today that cancels it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No payment is allocated to it, so no payment changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These payments get back what they paid on it, as unallocated credit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• %1 to payment #%2 (%3, %4)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::ui::LedgerModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Txfr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::ui::ListTableView</name>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sort by %1, ascending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sort by %1, descending</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::ui::MainWindow</name>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect to database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export current list to CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;family…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;patient…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter &amp;charge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Adjustment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Post payment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Void…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refund…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print &amp;receipt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Daily deposit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About PayDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;atient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pa&amp;yment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PayDesk – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family #%1 created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient #%1 added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charge #%1 saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjustment #%1 saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment #%1 posted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment #%1 voided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund of payment #%1 posted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About PayDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Net unearned income…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Family Balancer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Aging…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void c&amp;harge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void a&amp;djustment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charge #%1 voided by adjustment #%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjustment #%1 voided by adjustment #%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;PayDesk %1&lt;/h3&gt;&lt;p&gt;Patient payments and their allocation to charges, for clinic front offices.&lt;/p&gt;&lt;p&gt;Every amount is kept in exact cents; every posting is one transaction with its audit trail.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient &amp;Billing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run Daily Billing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print &amp;Statement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the &amp;Day&apos;s Statements…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Das&amp;hboard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Billing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Collections…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Online Payments…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fetch and Process Reports…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Practice Groups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Migrations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::ui::MembersModel</name>
    <message>
        <source>Patient #</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guarantor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unallocated credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::ui::MigrationLogDialog</name>
    <message>
        <source>Migration %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration %1: log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::ui::MigrationLogModel</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Families</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Converting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restarted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::ui::MigrationsDialog</name>
    <message>
        <source>←</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An id, a group, a user or a status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous page (PgUp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next page (PgDn)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n migration(s).</source>
        <translation>
            <numerusform>%n migration.</numerusform>
            <numerusform>%n migrations.</numerusform>
        </translation>
    </message>
    <message>
        <source>Migration log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run Nightly &amp;Job Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts the queued migrations if the practice&apos;s nightly time has come, and any a stopped job left In Progress, as the scheduled job would now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the nightly job…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration %1: %2 of %3 families, %4 rows written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::ui::MigrationsModel</name>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waits for the nightly job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n family(ies), %1 row(s) written</source>
        <translation>
            <numerusform>%n family, %1 row(s) written</numerusform>
            <numerusform>%n families, %1 row(s) written</numerusform>
        </translation>
    </message>
    <message>
        <source>The nightly job is converting the group; its counts appear when it ends.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::ui::NetUnearnedDialog</name>
    <message>
        <source>Families holding unearned income (prepayments). Apply it to what their charges owe, or refund it. Enter or a double-click opens the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net unearned income as of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n family(ies) hold %1 of unearned income; their charges owe %2.</source>
        <translation>
            <numerusform>%n family holds %1 of unearned income; its charges owe %2.</numerusform>
            <numerusform>%n families hold %1 of unearned income; their charges owe %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export net unearned income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Families holding unearned income</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::ui::NetUnearnedModel</name>
    <message>
        <source>Account #</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guarantor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unearned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oldest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charges owe</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::ui::NewPatientDialog</name>
    <message>
        <source>&amp;Guarantor: the person responsible for the family&apos;s account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new family account is opened; its first member is the guarantor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New patient in account %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family account %1; the guarantor is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family account %1 has no guarantor yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add patient</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::ui::OnlinePaymentsDialog</name>
    <message>
        <source>Fetch and &amp;Process Reports…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Balance due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Files processed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs the %1 role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xceptions (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the report folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop after this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch and Process Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processed %1 (%2 of %3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::ui::OnlineServicesPage</name>
    <message>
        <source>(none: no Pay Now link)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The online patient services are saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. lakeside.dental</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clearinghouse:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patients pay their balance on the clearinghouse&apos;s guest-pay page; PayDesk shows no Pay Now link until one is chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>InstaMed &amp;alias:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The practice&apos;s guest-pay alias from InstaMed (3 to 60 letters, digits, &apos;.&apos;, &apos;-&apos; or &apos;_&apos;). Patients type their account number on that page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report &amp;folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the clearinghouse&apos;s payment report files arrive; Fetch and Process Reports and the daily run read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report &amp;time zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>InstaMed&apos;s report times carry no zone: they are read in this one (the practice&apos;s until it is set).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay Now address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::ui::OutcomesModel</name>
    <message>
        <source>Account #</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::ui::PasswordFields</name>
    <message>
        <source>Empty: none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;peat it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ: type the new one again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::ui::PatientBillingDialog</name>
    <message>
        <source>Patient Billing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ubmitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Final statement sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending &amp;write-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment &amp;plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Other suspensions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::ui::PatientResponsibilityPanel</name>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Payment plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sav&amp;e address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statements sent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing resumes on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last statement:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next statement:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Monthly payment plan amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last payment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guarantor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailing a&amp;ddress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On: the daily billing run watches the family&apos;s payments against the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs the %1 role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None since the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(%n day(s) since, as of the last billing run)</source>
        <translation>
            <numerusform>(%n day since, as of the last billing run)</numerusform>
            <numerusform>(%n days since, as of the last billing run)</numerusform>
        </translation>
    </message>
    <message>
        <source>Disable payment plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The family returns to standard billing now.
&amp;Reason (optional, kept in the audit trail):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;llections plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collection status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The collections payment plan: non-delinquent, or for an account in collections.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::ui::PatientSearchModel</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account #</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guarantor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::ui::PatientSearchPanel</name>
    <message>
        <source>No patient matches &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
    <message>
        <source>Type a name, a birth date or an account number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First %1 matches shown; scroll for more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, birth date (%1) or account #</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find patient (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patients found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::ui::PaymentsModel</name>
    <message>
        <source>Payment #</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unallocated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posted by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void of #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund of #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voided by #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::ui::PlanRowsModel</name>
    <message>
        <source>Paid to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Txfr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insurance spread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 %2 %3 of %4 (%5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insurance payment #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insurance %1 of %2 on claim #%3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New $0 procedure: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charge #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 %2 %3 of %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjustment #%1 %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjustment #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unearned income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From payment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::ui::PortalDismissDialog</name>
    <message>
        <source>Dismiss exception #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required: kept in the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::ui::PortalExceptionModel</name>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account #</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::ui::PortalExceptionsPage</name>
    <message>
        <source>Show &amp;resolved ones too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Match…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dismiss…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs the %1 role</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n open exception(s): records that did not post.</source>
        <translation>
            <numerusform>%n open exception: a record that did not post.</numerusform>
            <numerusform>%n open exceptions: records that did not post.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose an exception in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exception #%1 is %2 already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing could be read from this record to post: dismiss it once the clearinghouse&apos;s report is dealt with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exception #%1 posted on account %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exception #%1 dismissed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exceptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record as it stands in the file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::ui::PortalFilesModel</name>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total posted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exceptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::ui::PortalFilesPage</name>
    <message numerus="yes">
        <source>%n report file(s) processed; a file read before is skipped whole.</source>
        <translation>
            <numerusform>%n report file processed; a file read before is skipped whole.</numerusform>
            <numerusform>%n report files processed; a file read before is skipped whole.</numerusform>
        </translation>
    </message>
    <message>
        <source>Report files read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::ui::PortalMatchDialog</name>
    <message>
        <source>&amp;Post to this family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match exception #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the family&apos;s patient first, then choose one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::ui::PostPaymentDialog</name>
    <message>
        <source>This patient &amp;first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-allocate (Alt+A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post payment: account %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check number, card authorization…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1 · guarantor %2 · balance %3 · unallocated credit %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pat&amp;ient:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;mount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M&amp;ethod:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allo&amp;cation of the payment to open items, oldest first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pays the family&apos;s open items oldest first, up to the amount (Alt+A).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amounts in the grid are too large to add up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A negative payment (%1) is never allocated: press Clear.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The grid applies %1, more than the payment of %2: lower an amount or press Clear.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remaining to allocate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the amount the patient paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post %1 by %2: money returned, not allocated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing allocated</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>allocate %1 to %n charge(s)</source>
        <translation>
            <numerusform>allocate %1 to %n charge</numerusform>
            <numerusform>allocate %1 to %n charges</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>allocate %1 to %n item(s)</source>
        <translation>
            <numerusform>allocate %1 to %n item</numerusform>
            <numerusform>allocate %1 to %n items</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing stays unallocated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stays unallocated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post %1 by %2; %3; %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print rece&amp;ipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After posting, offer the receipt to print or save as PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A payment must be more than %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n charge(s) dated after the payment date are paid.</source>
        <translation>
            <numerusform>%n charge dated after the payment date is paid.</numerusform>
            <numerusform>%n charges dated after the payment date are paid.</numerusform>
        </translation>
    </message>
    <message>
        <source>Post %1 by %2: it lowers the family&apos;s balance, not allocated (legacy ledger).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::ui::PracticeGroupsDialog</name>
    <message>
        <source>A&amp;dd Group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Migrate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A legacy group&apos;s payments only lower the balance. Migrate moves the whole group to tracked allocations, once, by the nightly job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Migrate again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a legacy group with no migration Queued, In Progress or Active is migrated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moves the whole group to tracked allocations, by the nightly job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migrate practice group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice groups</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::ui::PracticeGroupsModel</name>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Families</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legacy ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracked allocations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migrate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 [%2]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MMM d, yyyy</source>
        <comment>the completion date of Active [Jan 24, 2018]</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::ui::PracticePage</name>
    <message>
        <source>No loc&amp;k date: every date may be entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Closed up to and including:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decides what &quot;today&quot; is for every date PayDesk assigns or checks, such as a void&apos;s date or &quot;not after today&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charges, adjustments and payments dated on or before the lock date can no longer be entered, voided or refunded, in the desk or from the command line. Set it once a period&apos;s books are closed, so that what was reported cannot change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The practice settings are saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes without use (1 to 120)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock the desk after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a secured database the desk then asks for the password again; what was open stays open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ni&amp;ghtly job at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HH:MM on a 24-hour clock, in the practice&apos;s time zone: when the nightly job starts the queued migrations of practice groups (Tools &gt; Migrations).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a backups folder beside the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Backups in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daily run first backs up a SQLite database into this folder. Point it at another disk, so that a failed disk does not take the backups with the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>newest daily backups (1 to 3650)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>K&amp;eep:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::ui::ProcedureCodesModel</name>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default fee</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::ui::ProcedureCodesPage</name>
    <message>
        <source>Co&amp;des:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;w code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: typed with each charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Descr&amp;iption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default &amp;fee:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove procedure code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 (%2) from the procedure codes? Charges already entered keep their code, description and amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::ui::ReasonDialog</name>
    <message>
        <source>Void payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required: kept in the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;mount to refund:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Void payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refund %1 must be more than %2 and at most the unallocated credit of %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::ui::RecentDatabases</name>
    <message>
        <source>Recent &amp;databases</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::ui::RunDailyBillingDialog</name>
    <message>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run daily billing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &amp;up to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Days processed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each day from the day after the last run up to this date is processed in order, and each day&apos;s statements are sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing has already run for %1: nothing to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled after %1 of %2 days; the next run goes on from the day after the last run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days processed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No run yet: the first run processes this date alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days run</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::ui::RunProgress</name>
    <message>
        <source>Cancel run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v of %m families</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling after this batch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling after this day…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v of %m days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::ui::RunsModel</name>
    <message>
        <source>Run #</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Families</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voided transfers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo of run #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All families</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, undone by run #%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::ui::RunsPage</name>
    <message>
        <source>&amp;Undo run…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverses every row the run wrote with new rows, as a run of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo run #%1 (%2, %3, %4)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Every row the run wrote (%n row(s), %1 moved) is reversed by a new row; nothing is deleted. The undo is recorded as a run of its own.</source>
        <translation>
            <numerusform>Every row the run wrote (%n row, %1 moved) is reversed by a new row; nothing is deleted. The undo is recorded as a run of its own.</numerusform>
            <numerusform>Every row the run wrote (%n rows, %1 moved) is reversed by a new row; nothing is deleted. The undo is recorded as a run of its own.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Undo run #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undoing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Undo of run #%1 (run #%2) cancelled after %n family(ies).</source>
        <translation>
            <numerusform>Undo of run #%1 (run #%2) cancelled after %n family.</numerusform>
            <numerusform>Undo of run #%1 (run #%2) cancelled after %n families.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Run #%1 undone by run #%2: %n family(ies), %3 rows.</source>
        <translation>
            <numerusform>Run #%1 undone by run #%2: %n family, %3 rows.</numerusform>
            <numerusform>Run #%1 undone by run #%2: %n families, %3 rows.</numerusform>
        </translation>
    </message>
    <message>
        <source>Balancer runs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ad&amp;justment types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedure c&amp;odes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient b&amp;illing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;llections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online patient ser&amp;vices</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::ui::SettingsForm</name>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown read-only: changing these settings needs the %1 role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::ui::SignInDialog</name>
    <message>
        <source>PayDesk is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to PayDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desk locked itself after a time without use. Type the password of %1 to go on: what was open is still there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is secured: sign in with your user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::ui::StatementDayDialog</name>
    <message>
        <source>Print the day&apos;s statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every statement the daily billing sent on that day, one per page, for mailing. Printing them again sends nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statements &amp;sent on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::ui::StatementHistoryModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a payment plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::ui::TransfersModel</name>
    <message>
        <source>Txfr #</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::ui::UnearnedModel</name>
    <message>
        <source>Payment #</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::ui::UserGuide</name>
    <message>
        <source>PayDesk user guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guide page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PayDesk user guide: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::ui::UsersDialog</name>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;role…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Front desk posts and reads; billing manager also corrects, reports and exports; administrator also sets up the practice and its users. Once an administrator has a password, the database is secured: everyone signs in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role of %1:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::ui::UsersModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No, disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::ui::WebPayListPanel</name>
    <message>
        <source>webPAY merchants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>webPAY payment methods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;merchant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add met&amp;hod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New merchant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New payment method</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
