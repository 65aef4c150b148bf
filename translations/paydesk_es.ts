<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>ActionGate</name>
    <message>
        <source>Needs the %1 role</source>
        <translation>Requiere el rol de %1</translation>
    </message>
</context>
<context>
    <name>BackDating</name>
    <message numerus="yes">
        <source>This payment is dated %1, %n day(s) ago. Post it with that date?</source>
        <translation>
            <numerusform>Este pago tiene fecha %1, hace %n día. ¿Registrarlo con esa fecha?</numerusform>
            <numerusform>Este pago tiene fecha %1, hace %n días. ¿Registrarlo con esa fecha?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Post with that date</source>
        <translation>&amp;Registrar con esa fecha</translation>
    </message>
    <message numerus="yes">
        <source>This charge is dated %1, %n day(s) ago. Save it with that date?</source>
        <translation>
            <numerusform>Este cargo tiene fecha %1, hace %n día. ¿Guardarlo con esa fecha?</numerusform>
            <numerusform>Este cargo tiene fecha %1, hace %n días. ¿Guardarlo con esa fecha?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Save with that date</source>
        <translation>&amp;Guardar con esa fecha</translation>
    </message>
    <message numerus="yes">
        <source>This adjustment is dated %1, %n day(s) ago. Save it with that date?</source>
        <translation>
            <numerusform>Este ajuste tiene fecha %1, hace %n día. ¿Guardarlo con esa fecha?</numerusform>
            <numerusform>Este ajuste tiene fecha %1, hace %n días. ¿Guardarlo con esa fecha?</numerusform>
        </translation>
    </message>
    <message>
        <source>Dated before today</source>
        <translation>Fecha anterior a hoy</translation>
    </message>
    <message>
        <source>Today is %1.</source>
        <translation>Hoy es %1.</translation>
    </message>
    <message>
        <source>&amp;Go back and change the date</source>
        <translation>&amp;Volver y cambiar la fecha</translation>
    </message>
</context>
<context>
    <name>CliTr</name>
    <message>
        <source>--method: &quot;%1&quot; is not a method; use transfer-rigorous, transfer-fifo or recreate.</source>
        <translation>--method: «%1» no es un método; use transfer-rigorous, transfer-fifo o recreate.</translation>
    </message>
    <message>
        <source>LIST: there is no billing list &quot;%1&quot;; the lists are %2.</source>
        <translation>LIST: no existe ninguna lista de facturación «%1»; las listas son %2.</translation>
    </message>
    <message>
        <source>--ledger: &quot;%1&quot; is neither legacy nor tracked.</source>
        <translation>--ledger: &quot;%1&quot; no es legacy ni tracked.</translation>
    </message>
    <message>
        <source>--id: there is no migration with id %1.</source>
        <translation>--id: no existe ninguna migración con id %1.</translation>
    </message>
    <message>
        <source>migration %1: %2 of %3 families, %4 rows</source>
        <translation>migración %1: %2 de %3 familias, %4 filas</translation>
    </message>
</context>
<context>
    <name>DatabaseConnector</name>
    <message>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
</context>
<context>
    <name>LedgerText</name>
    <message>
        <source>Adjustment</source>
        <translation>Ajuste</translation>
    </message>
    <message>
        <source>Prepayment (unearned income)</source>
        <translation>Pago anticipado (ingreso anticipado)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <translation>%1 del %2 (%3)</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Pago</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Anulación</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Reembolso</translation>
    </message>
</context>
<context>
    <name>PayDesk</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 line %2: the text is not UTF-8; save the file as CSV UTF-8</source>
        <translation>%1, línea %2: el texto no está en UTF-8; guarde el archivo como CSV UTF-8</translation>
    </message>
    <message>
        <source>%1 line %2: a quoted field is not closed</source>
        <translation>%1, línea %2: un campo entre comillas no está cerrado</translation>
    </message>
    <message>
        <source>%1 line %2: text follows the closing quote of a field</source>
        <translation>%1, línea %2: hay texto después de las comillas de cierre de un campo</translation>
    </message>
    <message>
        <source>%1 line %2: a quote appears inside a field that is not quoted</source>
        <translation>%1, línea %2: hay comillas dentro de un campo que no está entre comillas</translation>
    </message>
    <message>
        <source>%1 is empty: it has no header line</source>
        <translation>%1 está vacío: no tiene línea de encabezado</translation>
    </message>
    <message>
        <source>the output is not open for writing</source>
        <translation>la salida no está abierta para escritura</translation>
    </message>
    <message>
        <source>Cannot write the CSV data: %1</source>
        <translation>No se pueden escribir los datos CSV: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>The import folder %1 has no %2.</source>
        <translation>La carpeta de importación %1 no contiene %2.</translation>
    </message>
    <message>
        <source>%1 has no column %2 (its header line has: %3).</source>
        <translation>%1 no tiene la columna %2 (su línea de encabezado tiene: %3).</translation>
    </message>
    <message>
        <source>%1 line %2, column %3: value &quot;%4&quot;: %5</source>
        <translation>%1, línea %2, columna %3: valor «%4»: %5</translation>
    </message>
    <message>
        <source>an id is required here</source>
        <translation>aquí hace falta un id</translation>
    </message>
    <message>
        <source>an id is a positive whole number</source>
        <translation>un id es un número entero positivo</translation>
    </message>
    <message>
        <source>a date is required here (YYYY-MM-DD)</source>
        <translation>aquí hace falta una fecha (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>not a date; write dates as YYYY-MM-DD</source>
        <translation>no es una fecha; escriba las fechas como AAAA-MM-DD</translation>
    </message>
    <message>
        <source>this column may not be empty</source>
        <translation>esta columna no puede estar vacía</translation>
    </message>
    <message>
        <source>write 1 for the family&apos;s guarantor and 0 for the other members</source>
        <translation>escriba 1 para el responsable de la familia y 0 para los demás miembros</translation>
    </message>
    <message>
        <source>patient %1 is already on line %2</source>
        <translation>el paciente %1 ya está en la línea %2</translation>
    </message>
    <message>
        <source>family %1 already has its guarantor on line %2</source>
        <translation>la familia %1 ya tiene su responsable en la línea %2</translation>
    </message>
    <message>
        <source>charge %1 is already on line %2</source>
        <translation>el cargo %1 ya está en la línea %2</translation>
    </message>
    <message>
        <source>charge %1 belongs to family %2, patient %3 to family %4</source>
        <translation>el cargo %1 es de la familia %2, y el paciente %3, de la familia %4</translation>
    </message>
    <message>
        <source>adjustment %1 is already on line %2</source>
        <translation>el ajuste %1 ya está en la línea %2</translation>
    </message>
    <message>
        <source>a payment of 0.00 moves no money</source>
        <translation>un pago de 0.00 no mueve dinero</translation>
    </message>
    <message>
        <source>not a payment method; use cash, check, card, portal or other</source>
        <translation>no es una forma de pago; use una de estas: cash, check, card, portal, other</translation>
    </message>
    <message>
        <source>payment %1 is already on line %2</source>
        <translation>el pago %1 ya está en la línea %2</translation>
    </message>
    <message>
        <source>payment %1 is not in payments.csv; splits come with their payment</source>
        <translation>el pago %1 no está en payments.csv; los repartos se importan junto con su pago</translation>
    </message>
    <message>
        <source>charge %1 belongs to family %2, payment %3 to family %4</source>
        <translation>el cargo %1 es de la familia %2, y el pago %3, de la familia %4</translation>
    </message>
    <message>
        <source>charge %1 is by provider %2</source>
        <translation>el cargo %1 es del profesional %2</translation>
    </message>
    <message>
        <source>charge %1 is at clinic %2</source>
        <translation>el cargo %1 es de la clínica %2</translation>
    </message>
    <message>
        <source>payment %1 already has provider %2 from another split</source>
        <translation>el pago %1 ya tiene el profesional %2 por otro reparto</translation>
    </message>
    <message>
        <source>payment %1 already has clinic %2 from another split</source>
        <translation>el pago %1 ya tiene la clínica %2 por otro reparto</translation>
    </message>
    <message>
        <source>a split to a charge may not be 0.00</source>
        <translation>un reparto a un cargo no puede ser 0.00</translation>
    </message>
    <message>
        <source>the splits of payment %1 add up to %2, more than its amount %3</source>
        <translation>los repartos del pago %1 suman %2, más que su importe de %3</translation>
    </message>
    <message>
        <source>there is no patient %1 in patients.csv or in the database</source>
        <translation>no existe el paciente %1 ni en patients.csv ni en la base de datos</translation>
    </message>
    <message>
        <source>there is no charge %1 in charges.csv or in the database</source>
        <translation>no existe el cargo %1 ni en charges.csv ni en la base de datos</translation>
    </message>
    <message>
        <source>family %1 has no guarantor; mark exactly one member with 1</source>
        <translation>la familia %1 no tiene responsable; marque exactamente un miembro con 1</translation>
    </message>
    <message>
        <source>family %1 already has a guarantor in the database: patient %2</source>
        <translation>la familia %1 ya tiene responsable en la base de datos: el paciente %2</translation>
    </message>
    <message>
        <source>this id is already in the database; each record can be imported once</source>
        <translation>este id ya está en la base de datos; cada registro se puede importar una sola vez</translation>
    </message>
    <message>
        <source>The import folder %1 does not exist.</source>
        <translation>No existe la carpeta de importación %1.</translation>
    </message>
    <message>
        <source>There is no family with account number %1.</source>
        <translation>No existe ninguna familia con el número de cuenta %1.</translation>
    </message>
    <message>
        <source>charge #%1</source>
        <translation>cargo n.º %1</translation>
    </message>
    <message>
        <source>adjustment #%1</source>
        <translation>ajuste n.º %1</translation>
    </message>
    <message>
        <source>unearned income</source>
        <translation>ingreso anticipado</translation>
    </message>
    <message>
        <source>Payment #%1 is a %2 of payment #%3: it cannot be allocated.</source>
        <translation>El pago n.º %1 es un movimiento de %2 del pago n.º %3: no se puede aplicar.</translation>
    </message>
    <message>
        <source>void</source>
        <translation>anulación</translation>
    </message>
    <message>
        <source>refund</source>
        <translation>reembolso</translation>
    </message>
    <message>
        <source>Payment #%1 was voided by #%2: it cannot be allocated.</source>
        <translation>El pago n.º %1 fue anulado por el n.º %2: no se puede aplicar.</translation>
    </message>
    <message>
        <source>Payment #%1 is negative (%2): negative payments are never allocated.</source>
        <translation>El pago n.º %1 es negativo (%2): los pagos negativos nunca se aplican.</translation>
    </message>
    <message>
        <source>There is no payment #%1.</source>
        <translation>No existe el pago n.º %1.</translation>
    </message>
    <message>
        <source>There is no allocation #%1.</source>
        <translation>No existe la aplicación n.º %1.</translation>
    </message>
    <message>
        <source>Allocation #%1 is itself a reversal: allocate the payment again instead.</source>
        <translation>La aplicación n.º %1 ya es una reversión: en su lugar, aplique de nuevo el pago.</translation>
    </message>
    <message>
        <source>Allocation #%1 was already taken back.</source>
        <translation>La aplicación n.º %1 ya se retiró.</translation>
    </message>
    <message>
        <source>The amount for %1 must be positive, not %2.</source>
        <translation>El importe para el %1 debe ser positivo, no %2.</translation>
    </message>
    <message>
        <source>Charge #%1 is not on account %2.</source>
        <translation>El cargo n.º %1 no está en la cuenta %2.</translation>
    </message>
    <message>
        <source>Allocating %1 to charge #%2 would take its balance of %3 below zero.</source>
        <translation>Aplicar %1 al cargo n.º %2 dejaría su saldo de %3 por debajo de cero.</translation>
    </message>
    <message>
        <source>Adjustment #%1 is not on account %2.</source>
        <translation>El ajuste n.º %1 no está en la cuenta %2.</translation>
    </message>
    <message>
        <source>Adjustment #%1 is attached to charge #%2: allocate to the charge.</source>
        <translation>El ajuste n.º %1 está asociado al cargo n.º %2: aplique al cargo.</translation>
    </message>
    <message>
        <source>Allocating %1 to adjustment #%2 would take its balance of %3 below zero.</source>
        <translation>Aplicar %1 al ajuste n.º %2 dejaría su saldo de %3 por debajo de cero.</translation>
    </message>
    <message>
        <source>The allocations total %1, more than the %2 of payment #%3 that is unallocated.</source>
        <translation>Las aplicaciones suman %1, más que los %2 del pago n.º %3 que están sin aplicar.</translation>
    </message>
    <message>
        <source>There is no provider #%1.</source>
        <translation>No existe el profesional n.º %1.</translation>
    </message>
    <message>
        <source>There is no clinic #%1.</source>
        <translation>No existe la clínica n.º %1.</translation>
    </message>
    <message>
        <source>The provider code is empty.</source>
        <translation>Falta el código del profesional.</translation>
    </message>
    <message>
        <source>The clinic code is empty.</source>
        <translation>Falta el código de la clínica.</translation>
    </message>
    <message>
        <source>The procedure code is empty.</source>
        <translation>Falta el código del procedimiento.</translation>
    </message>
    <message>
        <source>There is no patient #%1.</source>
        <translation>No existe el paciente n.º %1.</translation>
    </message>
    <message>
        <source>The adjustment type is empty (for example discount or write-off).</source>
        <translation>Falta el tipo de ajuste (por ejemplo descuento o cancelación).</translation>
    </message>
    <message>
        <source>There is no charge #%1.</source>
        <translation>No existe el cargo n.º %1.</translation>
    </message>
    <message>
        <source>Charge #%1 belongs to patient #%2, not #%3.</source>
        <translation>El cargo n.º %1 es del paciente n.º %2, no del n.º %3.</translation>
    </message>
    <message>
        <source>Adjustment %1 would take charge #%2&apos;s balance of %3 below zero.</source>
        <translation>El ajuste de %1 dejaría el saldo de %3 del cargo n.º %2 por debajo de cero.</translation>
    </message>
    <message>
        <source>The last name is empty.</source>
        <translation>Faltan los apellidos.</translation>
    </message>
    <message>
        <source>The first name is empty.</source>
        <translation>Falta el nombre.</translation>
    </message>
    <message>
        <source>The birth date is missing or not a date (YYYY-MM-DD).</source>
        <translation>Falta la fecha de nacimiento o no es una fecha (AAAA-MM-DD).</translation>
    </message>
    <message>
        <source>The birth date %1 is in the future.</source>
        <translation>La fecha de nacimiento %1 es futura.</translation>
    </message>
    <message>
        <source>Account number %1 is not a positive number.</source>
        <translation>El número de cuenta %1 no es un número positivo.</translation>
    </message>
    <message>
        <source>Family %1 already has a guarantor: %2 (#%3).</source>
        <translation>La familia %1 ya tiene responsable: %2 (n.º %3).</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Efectivo</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Cheque</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <source>Portal</source>
        <translation>Portal</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>A reason is required: it is kept in the audit trail.</source>
        <translation>Hace falta un motivo: queda en el registro de auditoría.</translation>
    </message>
    <message>
        <source>Payment #%1 is itself a reversal of #%2: it cannot be %3.</source>
        <translation>El pago n.º %1 ya es una reversión del n.º %2: no puede ser %3.</translation>
    </message>
    <message>
        <source>Payment #%1 was already voided by #%2.</source>
        <translation>El pago n.º %1 ya fue anulado por el n.º %2.</translation>
    </message>
    <message>
        <source>The payment amount is 0.00: enter what the patient paid.</source>
        <translation>El importe del pago es 0.00: escriba lo que pagó el paciente.</translation>
    </message>
    <message>
        <source>Payment amount %1 is negative: negative payments are never allocated.</source>
        <translation>El importe del pago %1 es negativo: los pagos negativos nunca se aplican.</translation>
    </message>
    <message>
        <source>voided</source>
        <translation>anulado</translation>
    </message>
    <message>
        <source>Payment #%1 was refunded %2 already: voiding it would return that money twice.</source>
        <translation>Al pago n.º %1 ya se le reembolsaron %2: anularlo devolvería ese dinero dos veces.</translation>
    </message>
    <message>
        <source>refunded</source>
        <translation>reembolsado</translation>
    </message>
    <message>
        <source>Refund amount %1 is not between 0.01 and the %2 of payment #%3 that is unallocated.</source>
        <translation>El reembolso de %1 no está entre 0.01 y los %2 del pago n.º %3 que están sin aplicar.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has more than two decimals.</source>
        <translation>«%1» tiene más de dos decimales.</translation>
    </message>
    <message>
        <source>There is no list &quot;%1&quot; to export; the lists are: %2.</source>
        <translation>No existe la lista «%1» para exportar; las listas son: %2.</translation>
    </message>
    <message>
        <source>The database is empty: give a SQLite file path or postgresql://user@host/dbname.</source>
        <translation>Falta la base de datos: indique la ruta de un archivo SQLite o postgresql://usuario@servidor/base.</translation>
    </message>
    <message>
        <source>The Qt SQL driver for %1 is not installed (package %2).</source>
        <translation>El controlador Qt SQL para %1 no está instalado (paquete %2).</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>No se puede abrir la base de datos %1: %2</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer PayDesk (schema version %2; this program knows up to %3). Install the newer PayDesk to open it.</source>
        <translation>La base de datos %1 la escribió un PayDesk más reciente (versión de esquema %2; este programa conoce hasta la %3). Instale el PayDesk más reciente para abrirla.</translation>
    </message>
    <message>
        <source>No user is named: every posting records who made it.</source>
        <translation>No se indicó ningún usuario: cada registro guarda quién lo hizo.</translation>
    </message>
    <message>
        <source>%1 cents</source>
        <translation>%1 centavos</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Charge #%1</source>
        <translation>Cargo n.º %1</translation>
    </message>
    <message>
        <source>Adjustment #%1</source>
        <translation>Ajuste n.º %1</translation>
    </message>
    <message>
        <source>Payment #%1</source>
        <translation>Pago n.º %1</translation>
    </message>
    <message>
        <source>Allocation #%1</source>
        <translation>Aplicación n.º %1</translation>
    </message>
    <message>
        <source>%1 has an amount of %2 cents, beyond the ±999,999,999,999.99 PayDesk can hold.</source>
        <translation>%1 tiene un importe de %2 centavos, fuera de los ±999,999,999,999.99 que PayDesk puede guardar.</translation>
    </message>
    <message>
        <source>Payment #%1 of %2 has %3 allocated: its allocations must stay between 0.00 and its amount.</source>
        <translation>El pago n.º %1 de %2 tiene %3 aplicados: sus aplicaciones deben quedar entre 0.00 y su importe.</translation>
    </message>
    <message>
        <source>Unearned allocation #%1 of payment #%2 (family %3) names patient #%4 of family %5.</source>
        <translation>La aplicación a ingreso anticipado n.º %1 del pago n.º %2 (familia %3) indica el paciente n.º %4 de la familia %5.</translation>
    </message>
    <message>
        <source>Allocation #%1 of payment #%2 (family %3) pays %4 of family %5.</source>
        <translation>La aplicación n.º %1 del pago n.º %2 (familia %3) paga el %4 de la familia %5.</translation>
    </message>
    <message>
        <source>Allocation #%1 names patient #%2, but %3 is patient #%4&apos;s.</source>
        <translation>La aplicación n.º %1 indica el paciente n.º %2, pero el %3 es del paciente n.º %4.</translation>
    </message>
    <message>
        <source>Allocation #%1 names provider %2 and clinic %3, but %4 has provider %5 and clinic %6.</source>
        <translation>La aplicación n.º %1 indica el profesional %2 y la clínica %3, pero el %4 tiene el profesional %5 y la clínica %6.</translation>
    </message>
    <message>
        <source>Allocation #%1 pays %2, which is attached to charge #%3: it must pay the charge instead.</source>
        <translation>La aplicación n.º %1 paga el %2, que está asociado al cargo n.º %3: debe pagar el cargo en su lugar.</translation>
    </message>
    <message>
        <source>Allocation #%1 (%2 to %3) does not mirror allocation #%4 (%5 to %6), which it reverses.</source>
        <translation>La aplicación n.º %1 (%2 a %3) no es el reflejo de la aplicación n.º %4 (%5 a %6), que revierte.</translation>
    </message>
    <message>
        <source>Allocation #%1 reverses allocation #%2, which is itself a reversal.</source>
        <translation>La aplicación n.º %1 revierte la aplicación n.º %2, que ya es una reversión.</translation>
    </message>
    <message>
        <source>Allocation #%1 on payment #%2 reverses allocation #%3 of payment #%4, but is neither on that payment nor on its void.</source>
        <translation>La aplicación n.º %1 del pago n.º %2 revierte la aplicación n.º %3 del pago n.º %4, pero no está ni en ese pago ni en su anulación.</translation>
    </message>
    <message>
        <source>Allocation #%1 is reversed %2 times, by %3: a row may be reversed once.</source>
        <translation>La aplicación n.º %1 está revertida %2 veces, por %3: una fila solo se puede revertir una vez.</translation>
    </message>
    <message>
        <source>Void #%1 names no payment that it voids.</source>
        <translation>La anulación n.º %1 no indica ningún pago que anular.</translation>
    </message>
    <message>
        <source>Void #%1 voids #%2, which is a %3, not a payment.</source>
        <translation>La anulación n.º %1 anula el n.º %2, que es de tipo %3, no un pago.</translation>
    </message>
    <message>
        <source>Void #%1 of %2 does not cancel payment #%3 of %4: a void is the payment&apos;s amount negated.</source>
        <translation>La anulación n.º %1 de %2 no cancela el pago n.º %3 de %4: una anulación es el importe del pago con el signo cambiado.</translation>
    </message>
    <message>
        <source>Payment #%1 is voided %2 times, by %3: a payment may be voided once.</source>
        <translation>El pago n.º %1 está anulado %2 veces, por %3: un pago solo se puede anular una vez.</translation>
    </message>
    <message>
        <source>Payment #%1 is voided, yet %2 of it stays allocated: a void reverses every allocation of its payment.</source>
        <translation>El pago n.º %1 está anulado, pero %2 sigue aplicado: una anulación revierte todas las aplicaciones de su pago.</translation>
    </message>
    <message>
        <source>Refund #%1 names no payment that it refunds.</source>
        <translation>El reembolso n.º %1 no indica ningún pago que reembolsar.</translation>
    </message>
    <message>
        <source>Refund #%1 refunds #%2, which is a %3, not a payment.</source>
        <translation>El reembolso n.º %1 reembolsa el n.º %2, que es de tipo %3, no un pago.</translation>
    </message>
    <message>
        <source>Refund #%1 is %2: a refund returns money, so it is negative.</source>
        <translation>El reembolso n.º %1 es de %2: un reembolso devuelve dinero, así que es negativo.</translation>
    </message>
    <message>
        <source>Payment #%1 was voided and also refunded %2: its money went back twice.</source>
        <translation>El pago n.º %1 se anuló y además se le reembolsaron %2: su dinero se devolvió dos veces.</translation>
    </message>
    <message>
        <source>Payment #%1 of %2 has %3 refunded and %4 allocated: more than it brought in.</source>
        <translation>El pago n.º %1 de %2 tiene %3 reembolsados y %4 aplicados: más de lo que ingresó.</translation>
    </message>
    <message>
        <source>Family %1 has no guarantor.</source>
        <translation>La familia %1 no tiene responsable.</translation>
    </message>
    <message>
        <source>Family %1 has %2 guarantors (patients %3): a family has exactly one.</source>
        <translation>La familia %1 tiene %2 responsables (pacientes %3): una familia tiene exactamente uno.</translation>
    </message>
    <message>
        <source>Charge #%1 has a negative balance of %2: it was paid more than it asks (legacy import?).</source>
        <translation>El cargo n.º %1 tiene un saldo negativo de %2: se pagó más de lo que cobra (¿importación de un sistema anterior?).</translation>
    </message>
    <message>
        <source>Adjustment #%1 of %2 has %3 allocated: more than it asks.</source>
        <translation>El ajuste n.º %1 de %2 tiene %3 aplicados: más de lo que cobra.</translation>
    </message>
    <message>
        <source>Income transfer, rigorous</source>
        <translation>Transferencia de ingresos, rigurosa</translation>
    </message>
    <message>
        <source>Income transfer, FIFO</source>
        <translation>Transferencia de ingresos, FIFO</translation>
    </message>
    <message>
        <source>Recreate payment splits</source>
        <translation>Rehacer los repartos de los pagos</translation>
    </message>
    <message>
        <source>Running or interrupted</source>
        <translation>En curso o interrumpida</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminada</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Insurance overpayment on claim #%1 to review</source>
        <translation>Pago de más del seguro en la reclamación n.º %1, a revisar</translation>
    </message>
    <message>
        <source>Family Balancer run #%1</source>
        <translation>Ejecución n.º %1 del equilibrador de familias</translation>
    </message>
    <message>
        <source>There is no balancer run #%1.</source>
        <translation>No existe la ejecución n.º %1 del equilibrador.</translation>
    </message>
    <message>
        <source>Run #%1 is itself an undo; run the balancer again instead.</source>
        <translation>La ejecución n.º %1 ya es una anulación; ejecute de nuevo el equilibrador.</translation>
    </message>
    <message>
        <source>Run #%1 was already reversed by run #%2.</source>
        <translation>La ejecución n.º %1 ya fue revertida por la ejecución n.º %2.</translation>
    </message>
    <message>
        <source>Negative payment #%1 (%2 on %3) has no equal negative adjustment or positive payment to offset it.</source>
        <translation>El pago negativo n.º %1 (%2 el %3) no tiene un ajuste negativo ni un pago positivo del mismo importe que lo compense.</translation>
    </message>
    <message>
        <source>the sign is not that of payment %1 (%2)</source>
        <translation>el signo no es el del pago %1 (%2)</translation>
    </message>
    <message>
        <source>the splits of payment %1 add up to more than its amount %2</source>
        <translation>los repartos del pago %1 suman más que su importe de %2</translation>
    </message>
    <message>
        <source>claim %1 is already on line %2</source>
        <translation>la reclamación %1 ya está en la línea %2</translation>
    </message>
    <message>
        <source>insurance paid may not be negative</source>
        <translation>lo pagado por el seguro no puede ser negativo</translation>
    </message>
    <message>
        <source>a write-off may not be negative</source>
        <translation>una cancelación no puede ser negativa</translation>
    </message>
    <message>
        <source>charge %1 belongs to family %2, claim %3 to family %4</source>
        <translation>el cargo %1 es de la familia %2, y la reclamación %3, de la familia %4</translation>
    </message>
    <message>
        <source>charge %1 is already on claim %2 on line %3</source>
        <translation>el cargo %1 ya está en la reclamación %2 en la línea %3</translation>
    </message>
    <message>
        <source>an as-total claim payment must be more than 0.00</source>
        <translation>un pago global de una reclamación debe ser mayor que 0.00</translation>
    </message>
    <message>
        <source>claim %1 has no procedures in claim_procs.csv: name its provider</source>
        <translation>la reclamación %1 no tiene procedimientos en claim_procs.csv: indique su profesional</translation>
    </message>
    <message>
        <source>claim %1 has no procedures in claim_procs.csv: name its clinic</source>
        <translation>la reclamación %1 no tiene procedimientos en claim_procs.csv: indique su clínica</translation>
    </message>
    <message>
        <source>there is no claim %1 in claims.csv or in the database</source>
        <translation>no existe la reclamación %1 ni en claims.csv ni en la base de datos</translation>
    </message>
    <message>
        <source>Txfr</source>
        <translation>Transf.</translation>
    </message>
    <message>
        <source>Charge #%1 of %2 has %3 from insurance: an insurance overpayment to review.</source>
        <translation>El cargo n.º %1 de %2 tiene %3 del seguro: un pago de más del seguro, a revisar.</translation>
    </message>
    <message>
        <source>Family %1 does not add up: its balance (charges + adjustments − payments − insurance) differs by %2 from its charge and adjustment balances − unallocated − unearned − unspread claim payments.</source>
        <translation>Las cuentas de la familia %1 no cuadran: su saldo (cargos + ajustes − pagos − seguro) difiere en %2 de los saldos de sus cargos y ajustes − lo no aplicado − los anticipos − los pagos de reclamaciones sin repartir.</translation>
    </message>
    <message>
        <source>Claim payment #%1 of %2 has %3 spread onto procedures: spreads must stay between 0.00 and its amount.</source>
        <translation>El pago de reclamación n.º %1 de %2 tiene %3 repartidos entre procedimientos: los repartos deben quedar entre 0.00 y su importe.</translation>
    </message>
    <message>
        <source>Claim spread #%1 puts claim #%2&apos;s money on charge #%3, which is not a procedure of that claim.</source>
        <translation>El reparto de reclamación n.º %1 pone dinero de la reclamación n.º %2 en el cargo n.º %3, que no es un procedimiento de esa reclamación.</translation>
    </message>
    <message>
        <source>Claim #%1 names charge #%2 of another family.</source>
        <translation>La reclamación n.º %1 indica el cargo n.º %2 de otra familia.</translation>
    </message>
    <message>
        <source>Income transfer #%1 is %2: a transfer moves money between charges and must be 0.00.</source>
        <translation>La transferencia de ingresos n.º %1 es de %2: una transferencia mueve dinero entre cargos y debe ser de 0.00.</translation>
    </message>
    <message>
        <source>Payment #%1 of %2 holds %3 of unearned income: more was taken from it than it held.</source>
        <translation>El pago n.º %1 de %2 retiene %3 de ingreso anticipado: se tomó de él más de lo que tenía.</translation>
    </message>
    <message>
        <source>%1 changed while it was being imported; nothing was imported.</source>
        <translation>%1 cambió mientras se importaba; no se importó nada.</translation>
    </message>
    <message>
        <source>%1 line %2: %3 values, where the header line has %4 columns (a value with a comma in it must be quoted).</source>
        <translation>%1, línea %2: %3 valores, pero la línea de encabezado tiene %4 columnas (un valor que contiene una coma debe ir entre comillas).</translation>
    </message>
    <message>
        <source>as-of date</source>
        <translation>fecha de corte</translation>
    </message>
    <message>
        <source>transfer date (today)</source>
        <translation>fecha de la transferencia (hoy)</translation>
    </message>
    <message>
        <source>Run #%1 wrote rows dated %2, on or before the lock date %3 (ledger.lock_date): that period is closed, so the run can no longer be undone.</source>
        <translation>La ejecución n.º %1 escribió filas con fecha %2, igual o anterior a la fecha de cierre %3 (ledger.lock_date): ese periodo está cerrado, así que la ejecución ya no se puede deshacer.</translation>
    </message>
    <message>
        <source>%1 line %2: %3</source>
        <translation>%1, línea %2: %3</translation>
    </message>
    <message>
        <source>on or before the lock date %1 (ledger.lock_date): that period is closed</source>
        <translation>igual o anterior a la fecha de cierre %1 (ledger.lock_date): ese periodo está cerrado</translation>
    </message>
    <message>
        <source>charge %1 was voided: it takes nothing more</source>
        <translation>el cargo %1 está anulado: no admite nada más</translation>
    </message>
    <message>
        <source>code %1 is already on line %2</source>
        <translation>el código %1 ya está en la línea %2</translation>
    </message>
    <message>
        <source>claim #%1</source>
        <translation>reclamación n.º %1</translation>
    </message>
    <message>
        <source>claim #%1, %2</source>
        <translation>reclamación n.º %1, %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Void of payment #%1</source>
        <translation>Anulación del pago n.º %1</translation>
    </message>
    <message>
        <source>Void of payment #%1: %2</source>
        <translation>Anulación del pago n.º %1: %2</translation>
    </message>
    <message>
        <source>Refund of payment #%1</source>
        <translation>Reembolso del pago n.º %1</translation>
    </message>
    <message>
        <source>Refund of payment #%1: %2</source>
        <translation>Reembolso del pago n.º %1: %2</translation>
    </message>
    <message>
        <source>Payment, %1</source>
        <translation>Pago, %1</translation>
    </message>
    <message>
        <source>Payment, %1, %2</source>
        <translation>Pago, %1, %2</translation>
    </message>
    <message>
        <source>%1 (voided by #%2)</source>
        <translation>%1 (anulado por el n.º %2)</translation>
    </message>
    <message>
        <source>no provider or clinic</source>
        <translation>(sin profesional ni clínica)</translation>
    </message>
    <message>
        <source>Moved from %1</source>
        <translation>Movido desde %1</translation>
    </message>
    <message>
        <source>Moved to %1</source>
        <translation>Movido a %1</translation>
    </message>
    <message>
        <source>Income transfer of run #%1</source>
        <translation>Transferencia de ingresos de la ejecución n.º %1</translation>
    </message>
    <message>
        <source>Income transfer</source>
        <translation>Transferencia de ingresos</translation>
    </message>
    <message>
        <source>%1, reversed by run #%2</source>
        <translation>%1, revertida por la ejecución n.º %2</translation>
    </message>
    <message>
        <source>%1, reversed</source>
        <translation>%1, revertida</translation>
    </message>
    <message>
        <source>: %1</source>
        <translation>: %1</translation>
    </message>
    <message>
        <source>Void of charge #%1%2</source>
        <translation>Anulación del cargo n.º %1%2</translation>
    </message>
    <message>
        <source>Void of adjustment #%1%2</source>
        <translation>Anulación del ajuste n.º %1%2</translation>
    </message>
    <message>
        <source>%1 on charge #%2</source>
        <translation>%1 sobre el cargo n.º %2</translation>
    </message>
    <message>
        <source>Insurance paid on charge #%1 (%2)</source>
        <translation>Pago del seguro sobre el cargo n.º %1 (%2)</translation>
    </message>
    <message>
        <source>Insurance write-off on charge #%1 (%2)</source>
        <translation>Cancelación por el seguro sobre el cargo n.º %1 (%2)</translation>
    </message>
    <message>
        <source>Insurance payment as a total (%1)</source>
        <translation>Pago global del seguro (%1)</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Descuento</translation>
    </message>
    <message>
        <source>Write-off</source>
        <translation>Cancelación</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Recargo</translation>
    </message>
    <message>
        <source>Finance charge</source>
        <translation>Intereses</translation>
    </message>
    <message>
        <source>The adjustment type&apos;s code is empty.</source>
        <translation>Falta el código del tipo de ajuste.</translation>
    </message>
    <message>
        <source>The adjustment type code &quot;%1&quot; is reserved for voids.</source>
        <translation>El código de tipo de ajuste «%1» está reservado para las anulaciones.</translation>
    </message>
    <message>
        <source>The adjustment type code &quot;%1&quot; is longer than %2 characters.</source>
        <translation>El código de tipo de ajuste «%1» tiene más de %2 caracteres.</translation>
    </message>
    <message>
        <source>The name of adjustment type &quot;%1&quot; is empty.</source>
        <translation>Falta el nombre del tipo de ajuste «%1».</translation>
    </message>
    <message>
        <source>The name of adjustment type &quot;%1&quot; is longer than %2 characters.</source>
        <translation>El nombre del tipo de ajuste «%1» tiene más de %2 caracteres.</translation>
    </message>
    <message>
        <source>%1 lowers the balance: its amount must be negative (-%2), not %2.</source>
        <translation>«%1» reduce el saldo: su importe debe ser negativo (-%2), no %2.</translation>
    </message>
    <message>
        <source>%1 raises the balance: its amount must be positive (%2), not %3.</source>
        <translation>«%1» aumenta el saldo: su importe debe ser positivo (%2), no %3.</translation>
    </message>
    <message>
        <source>Charge #%1 was voided by adjustment #%2: it owes nothing.</source>
        <translation>El cargo n.º %1 fue anulado por el ajuste n.º %2: no debe nada.</translation>
    </message>
    <message>
        <source>Adjustment #%1 is a void: it owes nothing.</source>
        <translation>El ajuste n.º %1 es una anulación: no debe nada.</translation>
    </message>
    <message>
        <source>Adjustment #%1 was voided by adjustment #%2: it owes nothing.</source>
        <translation>El ajuste n.º %1 fue anulado por el ajuste n.º %2: no debe nada.</translation>
    </message>
    <message>
        <source>There is no adjustment type &quot;%1&quot;; the practice&apos;s types are: %2.</source>
        <translation>No existe el tipo de ajuste «%1»; los tipos del consultorio son: %2.</translation>
    </message>
    <message>
        <source>charge date</source>
        <translation>fecha del cargo</translation>
    </message>
    <message>
        <source>The charge&apos;s description is empty: say what was done (procedure code %1).</source>
        <translation>Falta la descripción del cargo: indique qué se hizo (código de procedimiento %1).</translation>
    </message>
    <message>
        <source>adjustment date</source>
        <translation>fecha del ajuste</translation>
    </message>
    <message>
        <source>Charge #%1 was voided by adjustment #%2: it takes no more adjustments.</source>
        <translation>El cargo n.º %1 fue anulado por el ajuste n.º %2: no admite más ajustes.</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Anulación</translation>
    </message>
    <message>
        <source>There is no adjustment #%1.</source>
        <translation>No existe el ajuste n.º %1.</translation>
    </message>
    <message>
        <source>Charge #%1 was already voided by adjustment #%2.</source>
        <translation>El cargo n.º %1 ya fue anulado por el ajuste n.º %2.</translation>
    </message>
    <message>
        <source>Charge #%1 is on claim %2, which paid %3 and wrote off %4 on it (claim payments spread onto it included): insurance is settled on the claim, so the charge cannot be voided.</source>
        <translation>El cargo n.º %1 está en la reclamación %2, que pagó %3 y dio por perdido %4 en él (incluidos los pagos de la reclamación repartidos en él): el seguro se liquida en la reclamación, así que el cargo no se puede anular.</translation>
    </message>
    <message>
        <source>Adjustment #%1 is itself the void of adjustment #%2: it cannot be voided.</source>
        <translation>El ajuste n.º %1 ya es la anulación del ajuste n.º %2: no se puede anular.</translation>
    </message>
    <message>
        <source>Adjustment #%1 is itself the void of charge #%2: it cannot be voided.</source>
        <translation>El ajuste n.º %1 ya es la anulación del cargo n.º %2: no se puede anular.</translation>
    </message>
    <message>
        <source>Adjustment #%1 was already voided by adjustment #%2.</source>
        <translation>El ajuste n.º %1 ya fue anulado por el ajuste n.º %2.</translation>
    </message>
    <message>
        <source>Adjustment #%1 is on charge #%2, which adjustment #%3 voided together with it.</source>
        <translation>El ajuste n.º %1 está asociado al cargo n.º %2, que el ajuste n.º %3 anuló junto con él.</translation>
    </message>
    <message>
        <source>Voiding adjustment #%1 (%2) would take charge #%3&apos;s balance of %4 below zero, even with what was allocated to it taken back.</source>
        <translation>Anular el ajuste n.º %1 (%2) dejaría el saldo de %4 del cargo n.º %3 por debajo de cero, aun retirando lo que se le aplicó.</translation>
    </message>
    <message>
        <source>The %1 is missing or not a date.</source>
        <translation>Falta la %1 o no es una fecha.</translation>
    </message>
    <message>
        <source>The %1 %2 is in the future.</source>
        <translation>La %1 %2 es futura.</translation>
    </message>
    <message>
        <source>date of a void or refund</source>
        <translation>fecha de una anulación o un reembolso</translation>
    </message>
    <message>
        <source>payment date</source>
        <translation>fecha del pago</translation>
    </message>
    <message>
        <source>The procedure code &quot;%1&quot; is longer than %2 characters.</source>
        <translation>El código de procedimiento «%1» tiene más de %2 caracteres.</translation>
    </message>
    <message>
        <source>Procedure code &quot;%1&quot; has no description.</source>
        <translation>El código de procedimiento «%1» no tiene descripción.</translation>
    </message>
    <message>
        <source>The description of procedure code &quot;%1&quot; is longer than %2 characters.</source>
        <translation>La descripción del código de procedimiento «%1» tiene más de %2 caracteres.</translation>
    </message>
    <message>
        <source>The fee %1 of procedure code &quot;%2&quot; is negative.</source>
        <translation>La tarifa %1 del código de procedimiento «%2» es negativa.</translation>
    </message>
    <message>
        <source>There is no procedure code &quot;%1&quot;.</source>
        <translation>No existe el código de procedimiento «%1».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is out of range: amounts go up to %2.</source>
        <translation>«%1» está fuera de rango: los importes llegan hasta %2.</translation>
    </message>
    <message>
        <source>The amount is empty; write it like %1.</source>
        <translation>Falta el importe; escríbalo como %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount; write it like %2.</source>
        <translation>«%1» no es un importe; escríbalo como %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount here: the decimal separator is &quot;%2&quot;; write it like %3.</source>
        <translation>«%1» no es un importe válido aquí: el separador decimal es «%2»; escríbalo como %3.</translation>
    </message>
    <message>
        <source>0–30</source>
        <translation>0–30</translation>
    </message>
    <message>
        <source>31–60</source>
        <translation>31–60</translation>
    </message>
    <message>
        <source>61–90</source>
        <translation>61–90</translation>
    </message>
    <message>
        <source>Over 90</source>
        <translation>Más de 90</translation>
    </message>
    <message>
        <source>%1: the text holds a control character.</source>
        <translation>%1: el texto contiene un carácter de control.</translation>
    </message>
    <message>
        <source>%1: the text holds a line break or another control character.</source>
        <translation>%1: el texto contiene un salto de línea u otro carácter de control.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a time zone this computer knows; write an IANA name such as America/New_York or Europe/Madrid.</source>
        <translation>%1: «%2» no es una zona horaria que este equipo conozca; escriba un nombre IANA como America/New_York o Europe/Madrid.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a date; write it as YYYY-MM-DD, or leave it empty for none.</source>
        <translation>%1: «%2» no es una fecha; escríbala como AAAA-MM-DD, o déjela vacía si no hay ninguna.</translation>
    </message>
    <message>
        <source>%1: %2 is after today (%3).</source>
        <translation>%1: %2 es posterior a hoy (%3).</translation>
    </message>
    <message>
        <source>The practice&apos;s name, printed on receipts.</source>
        <translation>El nombre del consultorio, impreso en los recibos.</translation>
    </message>
    <message>
        <source>The practice&apos;s postal address, printed on receipts.</source>
        <translation>La dirección postal del consultorio, impresa en los recibos.</translation>
    </message>
    <message>
        <source>The practice&apos;s phone number, printed on receipts.</source>
        <translation>El teléfono del consultorio, impreso en los recibos.</translation>
    </message>
    <message>
        <source>The practice&apos;s time zone: it decides what &quot;today&quot; is for every date PayDesk assigns or checks.</source>
        <translation>La zona horaria del consultorio: decide qué es «hoy» para cada fecha que PayDesk asigna o comprueba.</translation>
    </message>
    <message>
        <source>Nothing dated on or before this date may be posted, voided or refunded (a closed period); empty for none.</source>
        <translation>No se puede registrar, anular ni reembolsar nada con fecha igual o anterior a esta (un periodo cerrado); vacía si no hay ninguna.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>text, several lines</source>
        <translation>texto, varias líneas</translation>
    </message>
    <message>
        <source>time zone</source>
        <translation>zona horaria</translation>
    </message>
    <message>
        <source>date or empty</source>
        <translation>fecha o vacío</translation>
    </message>
    <message>
        <source>The database stayed busy for %1 seconds: another workstation is in the middle of a long job, such as a Family Balancer run. Nothing was saved; try again in a moment.</source>
        <translation>La base de datos siguió ocupada durante %1 segundos: otro equipo está a mitad de un trabajo largo, como una ejecución del equilibrador de familias. No se guardó nada; vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: type it as %2 or YYYY-MM-DD.</source>
        <translation>«%1» no es una fecha: escríbala como %2 o AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>DD</source>
        <comment>date pattern: day</comment>
        <translation>DD</translation>
    </message>
    <message>
        <source>MM</source>
        <comment>date pattern: month</comment>
        <translation>MM</translation>
    </message>
    <message>
        <source>YYYY</source>
        <comment>date pattern: year</comment>
        <translation>AAAA</translation>
    </message>
    <message>
        <source>Adjustment #%1 is of kind %2 and type %3: voids, and only they, are of type void.</source>
        <translation>El ajuste n.º %1 es de clase %2 y de tipo %3: las anulaciones, y solo ellas, son del tipo void.</translation>
    </message>
    <message>
        <source>Adjustment #%1 names an adjustment that it reverses, but it is not a void.</source>
        <translation>El ajuste n.º %1 indica un ajuste que revierte, pero no es una anulación.</translation>
    </message>
    <message>
        <source>Void adjustment #%1 names adjustment #%2, which does not exist.</source>
        <translation>El ajuste de anulación n.º %1 indica el ajuste n.º %2, que no existe.</translation>
    </message>
    <message>
        <source>Void adjustment #%1 voids adjustment #%2, which is itself a void.</source>
        <translation>El ajuste de anulación n.º %1 anula el ajuste n.º %2, que ya es una anulación.</translation>
    </message>
    <message>
        <source>Void adjustment #%1 of %2 does not cancel adjustment #%3 of %4: a void is the amount negated.</source>
        <translation>El ajuste de anulación n.º %1 de %2 no cancela el ajuste n.º %3 de %4: una anulación es el importe con el signo cambiado.</translation>
    </message>
    <message>
        <source>Void adjustment #%1 is not on the charge, patient, provider and clinic of adjustment #%2, which it reverses.</source>
        <translation>El ajuste de anulación n.º %1 no está en el cargo, el paciente, el profesional y la clínica del ajuste n.º %2, que revierte.</translation>
    </message>
    <message>
        <source>Void adjustment #%1 names neither a charge nor an adjustment that it voids.</source>
        <translation>El ajuste de anulación n.º %1 no indica ningún cargo ni ajuste que anular.</translation>
    </message>
    <message>
        <source>Charge #%1 is voided by adjustment #%2, yet its amount and adjustments come to %3, not 0.00.</source>
        <translation>El cargo n.º %1 está anulado por el ajuste n.º %2, pero su importe y sus ajustes suman %3, no 0.00.</translation>
    </message>
    <message>
        <source>Void adjustment #%1 is not on the patient, provider and clinic of charge #%2, which it voids.</source>
        <translation>El ajuste de anulación n.º %1 no está en el paciente, el profesional y la clínica del cargo n.º %2, que anula.</translation>
    </message>
    <message>
        <source>%1 is voided %2 times, by adjustments %3: it may be voided once.</source>
        <translation>%1 está anulado %2 veces, por los ajustes %3: solo se puede anular una vez.</translation>
    </message>
    <message>
        <source>Charge #%1 is voided by adjustment #%2, yet %3 stays allocated to it: a void takes back every allocation of what it voids.</source>
        <translation>El cargo n.º %1 está anulado por el ajuste n.º %2, pero sigue teniendo %3 aplicados: una anulación retira todas las aplicaciones de lo que anula.</translation>
    </message>
    <message>
        <source>Adjustment #%1 is voided by adjustment #%2, yet %3 stays allocated to it: a void takes back every allocation of what it voids.</source>
        <translation>El ajuste n.º %1 está anulado por el ajuste n.º %2, pero sigue teniendo %3 aplicados: una anulación retira todas las aplicaciones de lo que anula.</translation>
    </message>
    <message>
        <source>Void adjustment #%1 has %2 allocated to it: a void owes nothing.</source>
        <translation>El ajuste de anulación n.º %1 tiene %2 aplicados: una anulación no debe nada.</translation>
    </message>
    <message>
        <source>Charge #%1 is voided, yet claim #%2 names it.</source>
        <translation>El cargo n.º %1 está anulado, pero la reclamación n.º %2 lo indica.</translation>
    </message>
    <message>
        <source>There is already an adjustment type &quot;%1&quot;; select it in the list to change it.</source>
        <translation>Ya existe un tipo de ajuste «%1»; selecciónelo en la lista para cambiarlo.</translation>
    </message>
    <message>
        <source>There is no adjustment type &quot;%1&quot; to change.</source>
        <translation>No existe un tipo de ajuste «%1» que cambiar.</translation>
    </message>
    <message>
        <source>The %1 %2 is on or before the lock date %3 (Settings; config key ledger.lock_date): the books of that period are closed.</source>
        <translation>La %1 %2 es igual o anterior a la fecha de cierre %3 (Configuración; clave ledger.lock_date): las cuentas de ese periodo están cerradas.</translation>
    </message>
    <message>
        <source>%1 is dated %2, on or before the lock date %3 (Settings; config key ledger.lock_date): the books of that period are closed, so it can no longer be voided.</source>
        <translation>%1 tiene fecha %2, igual o anterior a la fecha de cierre %3 (Configuración; clave ledger.lock_date): las cuentas de ese periodo están cerradas, así que ya no se puede anular.</translation>
    </message>
    <message>
        <source>%1 is dated %2, on or before the lock date %3 (Settings; config key ledger.lock_date): the books of that period are closed, so it can no longer be voided or refunded.</source>
        <translation>%1 tiene fecha %2, igual o anterior a la fecha de cierre %3 (Configuración; clave ledger.lock_date): las cuentas de ese periodo están cerradas, así que ya no se puede anular ni reembolsar.</translation>
    </message>
    <message>
        <source>There is already a procedure code &quot;%1&quot;; select it in the list to change it.</source>
        <translation>Ya existe un código de procedimiento «%1»; selecciónelo en la lista para cambiarlo.</translation>
    </message>
    <message>
        <source>deposit date</source>
        <translation>fecha del depósito</translation>
    </message>
    <message>
        <source>%1: the text has %2 characters; at most %3 are allowed.</source>
        <translation>%1: el texto tiene %2 caracteres; se admiten como máximo %3.</translation>
    </message>
    <message>
        <source>There is no setting &quot;%1&quot;; the settings are %2.</source>
        <translation>No existe el parámetro «%1»; los parámetros son %2.</translation>
    </message>
    <message>
        <source>front desk</source>
        <translation>recepción</translation>
    </message>
    <message>
        <source>billing manager</source>
        <translation>responsable de facturación</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrador</translation>
    </message>
    <message numerus="yes">
        <source>%1 is locked after %2 failed sign-ins; try again in %n minute(s).</source>
        <translation>
            <numerusform>%1 está bloqueado tras %2 inicios de sesión fallidos; vuelva a intentarlo dentro de %n minuto.</numerusform>
            <numerusform>%1 está bloqueado tras %2 inicios de sesión fallidos; vuelva a intentarlo dentro de %n minutos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The user name or the password is wrong.</source>
        <translation>El nombre de usuario o la contraseña no son correctos.</translation>
    </message>
    <message>
        <source>%1 is disabled: an administrator can enable the user again.</source>
        <translation>%1 está desactivado: un administrador puede volver a activar el usuario.</translation>
    </message>
    <message>
        <source>The user name is empty.</source>
        <translation>El nombre de usuario está vacío.</translation>
    </message>
    <message>
        <source>The user name &quot;%1&quot; is longer than %2 characters.</source>
        <translation>El nombre de usuario «%1» tiene más de %2 caracteres.</translation>
    </message>
    <message>
        <source>The user name &quot;%1&quot; holds a control character.</source>
        <translation>El nombre de usuario «%1» contiene un carácter de control.</translation>
    </message>
    <message>
        <source>The user name &quot;%1&quot; is reserved for the scheduled jobs.</source>
        <translation>El nombre de usuario «%1» está reservado para las tareas programadas.</translation>
    </message>
    <message>
        <source>There is no user &quot;%1&quot;.</source>
        <translation>No existe el usuario «%1».</translation>
    </message>
    <message>
        <source>The password has %1 characters; it needs at least %2.</source>
        <translation>La contraseña tiene %1 caracteres; necesita al menos %2.</translation>
    </message>
    <message>
        <source>There is already a user &quot;%1&quot;.</source>
        <translation>Ya existe un usuario «%1».</translation>
    </message>
    <message>
        <source>%1 is the last active administrator: make another user an administrator first.</source>
        <translation>%1 es el último administrador activo: haga antes administrador a otro usuario.</translation>
    </message>
    <message>
        <source>%1 is the last active administrator and cannot be disabled.</source>
        <translation>%1 es el último administrador activo y no se puede desactivar.</translation>
    </message>
    <message>
        <source>Add patients</source>
        <translation>Añadir pacientes</translation>
    </message>
    <message>
        <source>Enter charges</source>
        <translation>Registrar cargos</translation>
    </message>
    <message>
        <source>Post payments</source>
        <translation>Registrar pagos</translation>
    </message>
    <message>
        <source>Allocate payments</source>
        <translation>Asignar pagos</translation>
    </message>
    <message>
        <source>Void or refund</source>
        <translation>Anular o reembolsar</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Change settings</source>
        <translation>Cambiar la configuración</translation>
    </message>
    <message>
        <source>Change adjustment types and procedure codes</source>
        <translation>Cambiar los tipos de ajuste y los códigos de procedimiento</translation>
    </message>
    <message>
        <source>Change users</source>
        <translation>Cambiar usuarios</translation>
    </message>
    <message>
        <source>%1: %2 is not an active user of this database.</source>
        <translation>%1: %2 no es un usuario activo de esta base de datos.</translation>
    </message>
    <message>
        <source>%1: this needs the %2 role; %3 has the %4 role.</source>
        <translation>%1: esto requiere el rol de %2; %3 tiene el rol de %4.</translation>
    </message>
    <message>
        <source>Read accounts</source>
        <translation>Consultar cuentas</translation>
    </message>
    <message>
        <source>Adjustments that raise the balance</source>
        <translation>Ajustes que aumentan el saldo</translation>
    </message>
    <message>
        <source>Void a payment posted today</source>
        <translation>Anular un pago registrado hoy</translation>
    </message>
    <message>
        <source>Print receipts</source>
        <translation>Imprimir recibos</translation>
    </message>
    <message>
        <source>Change one&apos;s own password</source>
        <translation>Cambiar la propia contraseña</translation>
    </message>
    <message>
        <source>Adjustments that lower the balance</source>
        <translation>Ajustes que reducen el saldo</translation>
    </message>
    <message>
        <source>Negative payments</source>
        <translation>Pagos negativos</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Run the Family Balancer</source>
        <translation>Ejecutar el equilibrador de familias</translation>
    </message>
    <message>
        <source>Run reports</source>
        <translation>Generar informes</translation>
    </message>
    <message>
        <source>Read the audit trail</source>
        <translation>Consultar el registro de auditoría</translation>
    </message>
    <message>
        <source>Change practice settings</source>
        <translation>Cambiar la configuración de la consulta</translation>
    </message>
    <message>
        <source>Set up databases</source>
        <translation>Preparar bases de datos</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a whole number; write one from %3 to %4.</source>
        <translation>%1: «%2» no es un número entero; escriba uno de %3 a %4.</translation>
    </message>
    <message>
        <source>%1: %2 is outside %3 to %4.</source>
        <translation>%1: %2 está fuera del intervalo de %3 a %4.</translation>
    </message>
    <message>
        <source>On a secured database, the desk locks itself after this many minutes without use and asks for the password again (1 to 120).</source>
        <translation>En una base de datos protegida, el mostrador se bloquea tras estos minutos sin uso y vuelve a pedir la contraseña (de 1 a 120).</translation>
    </message>
    <message>
        <source>whole number</source>
        <translation>número entero</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a PostgreSQL URL; write it as postgresql://user@host[:port]/dbname or postgresql://?service=NAME.</source>
        <translation>«%1» no es una URL de PostgreSQL; escríbala como postgresql://usuario@servidor[:puerto]/basededatos o postgresql://?service=NOMBRE.</translation>
    </message>
    <message>
        <source>claim payment date</source>
        <translation>fecha del pago de la reclamación</translation>
    </message>
    <message>
        <source>claim date</source>
        <translation>fecha de la reclamación</translation>
    </message>
    <message>
        <source>The amounts of family %1 add up beyond the largest amount PayDesk can hold (999,999,999,999.99): its account cannot be added up.</source>
        <translation>Los importes de la familia %1 suman más que el mayor importe que PayDesk puede guardar (999.999.999.999,99): no se puede sumar su cuenta.</translation>
    </message>
    <message>
        <source>The charge amount %1 is negative: a charge may be 0.00 but never less; enter a credit as an adjustment.</source>
        <translation>El importe del cargo %1 es negativo: un cargo puede ser 0,00 pero nunca menos; registre un abono como ajuste.</translation>
    </message>
    <message>
        <source>The adjustment amount is 0.00: an adjustment changes the balance.</source>
        <translation>El importe del ajuste es 0,00: un ajuste cambia el saldo.</translation>
    </message>
    <message>
        <source>charges total</source>
        <translation>total de cargos</translation>
    </message>
    <message>
        <source>adjustments total</source>
        <translation>total de ajustes</translation>
    </message>
    <message>
        <source>payments total</source>
        <translation>total de pagos</translation>
    </message>
    <message>
        <source>balance</source>
        <translation>saldo</translation>
    </message>
    <message>
        <source>Family %1&apos;s %2 would be %3, beyond the largest amount PayDesk can hold (999,999,999,999.99); nothing was written.</source>
        <translation>El %2 de la familia %1 sería %3, más que el mayor importe que PayDesk puede guardar (999.999.999.999,99); no se ha escrito nada.</translation>
    </message>
    <message>
        <source>Family %1&apos;s %2 is %3, beyond the largest amount PayDesk can hold (999,999,999,999.99): its account cannot be added up.</source>
        <translation>El %2 de la familia %1 es %3, más que el mayor importe que PayDesk puede guardar (999.999.999.999,99): no se puede sumar su cuenta.</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>Ajuste</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Pago</translation>
    </message>
    <message>
        <source>Allocation</source>
        <translation>Asignación</translation>
    </message>
    <message>
        <source>%1 #%2 of family %3 holds %4, beyond the largest amount PayDesk can hold (999,999,999,999.99).</source>
        <translation>%1 n.º %2 de la familia %3 contiene %4, más que el mayor importe que PayDesk puede guardar (999.999.999.999,99).</translation>
    </message>
    <message>
        <source>since date</source>
        <translation>fecha de inicio</translation>
    </message>
    <message>
        <source>A daily billing run is in progress since %1 by %2.</source>
        <translation>Hay una ejecución de la facturación diaria en curso desde %1, iniciada por %2.</translation>
    </message>
    <message>
        <source>%1: statements %2, plans disabled %3, completed %4, billing resumed %5</source>
        <translation>%1: estados de cuenta %2, planes desactivados %3, completados %4, facturación reanudada %5</translation>
    </message>
    <message>
        <source>Run date %1 is after today (%2): the daily run processes days that have begun.</source>
        <translation>La fecha de ejecución %1 es posterior a hoy (%2): la ejecución diaria procesa días que ya han empezado.</translation>
    </message>
    <message>
        <source>Run date %1 is before the last run (%2): days already run are not run again.</source>
        <translation>La fecha de ejecución %1 es anterior a la última ejecución (%2): los días ya procesados no se vuelven a procesar.</translation>
    </message>
    <message>
        <source>Mailing address</source>
        <translation>Dirección postal</translation>
    </message>
    <message>
        <source>Family %1 owes nothing (balance %2): a payment plan needs a balance.</source>
        <translation>La familia %1 no debe nada (saldo %2): un plan de pagos necesita un saldo.</translation>
    </message>
    <message>
        <source>Monthly amount %1 must be more than zero.</source>
        <translation>El importe mensual %1 debe ser mayor que cero.</translation>
    </message>
    <message>
        <source>Monthly amount %1 is more than family %2&apos;s balance of %3.</source>
        <translation>El importe mensual %1 es mayor que el saldo de %3 de la familia %2.</translation>
    </message>
    <message>
        <source>Family %1 has no enabled payment plan.</source>
        <translation>La familia %1 no tiene ningún plan de pagos activo.</translation>
    </message>
    <message>
        <source>Family %1 already has an enabled payment plan (%2 a month from %3).</source>
        <translation>La familia %1 ya tiene un plan de pagos activo (%2 al mes desde el %3).</translation>
    </message>
    <message>
        <source>Plan start %1 is after today (%2).</source>
        <translation>El inicio del plan, %1, es posterior a hoy (%2).</translation>
    </message>
    <message>
        <source>Family %1 is &quot;%2&quot;: only a family in &quot;%3&quot; can be queued for statements again.</source>
        <translation>La familia %1 está en «%2»: solo una familia en «%3» se puede volver a poner en cola para estados de cuenta.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not one of %3.</source>
        <translation>%1: «%2» no es ninguno de estos: %3.</translation>
    </message>
    <message>
        <source>Days between two statements to the same family (1 to 365).</source>
        <translation>Días entre dos estados de cuenta a la misma familia (de 1 a 365).</translation>
    </message>
    <message>
        <source>Statements sent before a family goes to &quot;Suspended - Final statement sent&quot; (1 to 99); a family on a payment plan is not held to it.</source>
        <translation>Estados de cuenta enviados antes de que una familia pase a «Suspended - Final statement sent» (de 1 a 99); a una familia con plan de pagos no se le aplica.</translation>
    </message>
    <message>
        <source>What happens to a new balance: invoice queues it for statements, suspend puts it in &quot;Suspended - Pending write-off&quot;.</source>
        <translation>Qué pasa con un saldo nuevo: invoice lo pone en cola para estados de cuenta; suspend lo pone en «Suspended - Pending write-off».</translation>
    </message>
    <message>
        <source>Automated plans: a plan with no payment for more days than this is disabled (1 to 365). Only a payment resets this clock, never a statement.</source>
        <translation>Planes automáticos: un plan sin ningún pago durante más días que estos se desactiva (de 1 a 365). Solo un pago reinicia este plazo, nunca un estado de cuenta.</translation>
    </message>
    <message>
        <source>Automated plans: days a family stays in &quot;Suspended - Payment plan disabled&quot; before standard billing resumes (1 to 365).</source>
        <translation>Planes automáticos: días que una familia permanece en «Suspended - Payment plan disabled» antes de que se reanude la facturación normal (de 1 a 365).</translation>
    </message>
    <message>
        <source>one of a list</source>
        <translation>uno de una lista</translation>
    </message>
    <message>
        <source>Charge voided: %1</source>
        <translation>Cargo anulado: %1</translation>
    </message>
    <message>
        <source>Adjustment voided: %1</source>
        <translation>Ajuste anulado: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Payment (%1)</source>
        <translation>Pago (%1)</translation>
    </message>
    <message>
        <source>Payment voided (%1)</source>
        <translation>Pago anulado (%1)</translation>
    </message>
    <message>
        <source>Refund (%1)</source>
        <translation>Reembolso (%1)</translation>
    </message>
    <message>
        <source>Insurance payment (%1): %2</source>
        <translation>Pago del seguro (%1): %2</translation>
    </message>
    <message>
        <source>Insurance write-off: %1</source>
        <translation>Cancelación por el seguro: %1</translation>
    </message>
    <message>
        <source>Insurance payment (%1)</source>
        <translation>Pago del seguro (%1)</translation>
    </message>
    <message>
        <source>No statements were sent on %1.</source>
        <translation>No se envió ningún estado de cuenta el %1.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a person&apos;s first and last name, as on an envelope</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Print statements</source>
        <translation>Imprimir estados de cuenta</translation>
    </message>
    <message>
        <source>Run daily billing</source>
        <translation>Ejecutar la facturación diaria</translation>
    </message>
    <message>
        <source>Change payment plans and patient billing</source>
        <translation>Cambiar los planes de pagos y la facturación de pacientes</translation>
    </message>
    <message>
        <source>true: payment plans follow plans.days_between_payments and plans.suspended_days; false (manual plans): a plan is disabled after 45 days without a payment and the family is suspended for 15 days.</source>
        <translation>true: los planes de pagos siguen plans.days_between_payments y plans.suspended_days; false (planes manuales): un plan se desactiva tras 45 días sin un pago y la familia queda suspendida 15 días.</translation>
    </message>
    <message>
        <source>Family %1: the daily billing run has recorded a balance of %2 as of its last day, but the ledger rows it has read add up to %3.</source>
        <translation>Familia %1: la facturación diaria ha registrado un saldo de %2 a su último día, pero los movimientos del libro que ha leído suman %3.</translation>
    </message>
    <message>
        <source>Payment plan disabled: no payment for %1 days</source>
        <translation>Plan de pagos desactivado: ningún pago en %1 días</translation>
    </message>
    <message>
        <source>  collections: entered %1, moved %2, left %3, plans failed %4, plans paid %5</source>
        <translation>  cobranza: entradas %1, movidas %2, salidas %3, planes fallidos %4, planes pagados %5</translation>
    </message>
    <message>
        <source>Billing group: there is no group &quot;%1&quot;.</source>
        <translation>Grupo de facturación: no existe el grupo «%1».</translation>
    </message>
    <message>
        <source>Billing group</source>
        <translation>Grupo de facturación</translation>
    </message>
    <message>
        <source>%1: the name is empty.</source>
        <translation>%1: el nombre está vacío.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; has %3 characters; at most %4 are allowed.</source>
        <translation>%1: «%2» tiene %3 caracteres; se admiten como máximo %4.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; exists already.</source>
        <translation>%1: «%2» ya existe.</translation>
    </message>
    <message>
        <source>Note: say why; a change of a collection status needs a note.</source>
        <translation>Nota: indique el motivo; un cambio de estado de cobranza requiere una nota.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a collection status code; write 1 to 3 letters or digits.</source>
        <translation>%1: «%2» no es un código de estado de cobranza; escriba de 1 a 3 letras o dígitos.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Code: %1 is already in the Collection Status Table.</source>
        <translation>Código: %1 ya está en la Tabla de estados de cobranza.</translation>
    </message>
    <message>
        <source>Code: %1 is not in the Collection Status Table.</source>
        <translation>Código: %1 no está en la Tabla de estados de cobranza.</translation>
    </message>
    <message>
        <source>Description of %1</source>
        <translation>Descripción de %1</translation>
    </message>
    <message>
        <source>%1: the description is empty.</source>
        <translation>%1: la descripción está vacía.</translation>
    </message>
    <message>
        <source>Days to Remain in Status of %1: %2 is not a whole number from 0 to %3.</source>
        <translation>Días de permanencia en el estado de %1: %2 no es un número entero de 0 a %3.</translation>
    </message>
    <message>
        <source>Transfer to Next Status Code of %1</source>
        <translation>Código de estado siguiente de %1</translation>
    </message>
    <message>
        <source>%1: a code cannot transfer to itself.</source>
        <translation>%1: un código no puede transferirse a sí mismo.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not in the Collection Status Table.</source>
        <translation>%1: «%2» no está en la Tabla de estados de cobranza.</translation>
    </message>
    <message>
        <source>%1: %2 would make a transfer loop (%3).</source>
        <translation>%1: %2 crearía un ciclo de transferencias (%3).</translation>
    </message>
    <message numerus="yes">
        <source>The Collection Status Table has %n code(s) already; the defaults go only into an empty table.</source>
        <translation>
            <numerusform>La Tabla de estados de cobranza ya tiene %n código; los valores por omisión solo se añaden a una tabla vacía.</numerusform>
            <numerusform>La Tabla de estados de cobranza ya tiene %n códigos; los valores por omisión solo se añaden a una tabla vacía.</numerusform>
        </translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agencia</translation>
    </message>
    <message>
        <source>Second notice</source>
        <translation>Segundo aviso</translation>
    </message>
    <message>
        <source>Initial collection</source>
        <translation>Cobranza inicial</translation>
    </message>
    <message>
        <source>Non-Delinquent Payment Plan</source>
        <translation>Plan de pagos no moroso</translation>
    </message>
    <message>
        <source>Non-Delinquent Pmt Plan Failed</source>
        <translation>Plan de pagos no moroso fallido</translation>
    </message>
    <message>
        <source>Collection Payment Plan</source>
        <translation>Plan de pagos de cobranza</translation>
    </message>
    <message>
        <source>Collection Payment Plan Failed</source>
        <translation>Plan de pagos de cobranza fallido</translation>
    </message>
    <message numerus="yes">
        <source>Code %1 is the collection status of %n account(s).</source>
        <translation>
            <numerusform>El código %1 es el estado de cobranza de %n cuenta.</numerusform>
            <numerusform>El código %1 es el estado de cobranza de %n cuentas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Code %1 is in the collection history of %n account(s).</source>
        <translation>
            <numerusform>El código %1 figura en el historial de cobranza de %n cuenta.</numerusform>
            <numerusform>El código %1 figura en el historial de cobranza de %n cuentas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Code %1 is the Status for Default of %n payment plan(s).</source>
        <translation>
            <numerusform>El código %1 es el Estado por incumplimiento de %n plan de pagos.</numerusform>
            <numerusform>El código %1 es el Estado por incumplimiento de %n planes de pagos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Code %1 is the setting %2.</source>
        <translation>El código %1 es el valor del parámetro %2.</translation>
    </message>
    <message>
        <source>Code %1 is the Transfer to Next Status Code of %2.</source>
        <translation>El código %1 es el Código de estado siguiente de %2.</translation>
    </message>
    <message>
        <source>Merchant</source>
        <translation>Comercio</translation>
    </message>
    <message>
        <source>Payment Method</source>
        <translation>Método de pago</translation>
    </message>
    <message>
        <source>%1: required for a CGM webPAY plan.</source>
        <translation>%1: obligatorio en un plan de CGM webPAY.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not on the practice&apos;s list.</source>
        <translation>%1: «%2» no está en la lista del consultorio.</translation>
    </message>
    <message>
        <source>Card Holder Name</source>
        <translation>Nombre del titular de la tarjeta</translation>
    </message>
    <message>
        <source>Card Holder Name: &quot;%1&quot; looks like a card number; PayDesk never takes card numbers.</source>
        <translation>Nombre del titular de la tarjeta: «%1» parece un número de tarjeta; PayDesk nunca acepta números de tarjeta.</translation>
    </message>
    <message>
        <source>Card Holder Zip Code: &quot;%1&quot; is not five digits.</source>
        <translation>Código postal del titular: «%1» no tiene cinco dígitos.</translation>
    </message>
    <message>
        <source>Family %1 has no active payment plan in collections.</source>
        <translation>La familia %1 no tiene ningún plan de pagos activo en cobranza.</translation>
    </message>
    <message>
        <source>Payment Amount: %1 must be more than zero.</source>
        <translation>Importe del pago: %1 debe ser mayor que cero.</translation>
    </message>
    <message>
        <source>Payment Amount: %1 is more than %2.</source>
        <translation>Importe del pago: %1 es mayor que %2.</translation>
    </message>
    <message>
        <source>Payment Days: %1 is outside 1 to %2.</source>
        <translation>Días entre pagos: %1 está fuera del intervalo de 1 a %2.</translation>
    </message>
    <message>
        <source>Next Payment Date: %1 is before the Start Date of Plan, %2.</source>
        <translation>Fecha del próximo pago: %1 es anterior a la Fecha de inicio del plan, %2.</translation>
    </message>
    <message>
        <source>Status for Default: &quot;%1&quot; is not a code of the Collection Status Table.</source>
        <translation>Estado por incumplimiento: «%1» no es un código de la Tabla de estados de cobranza.</translation>
    </message>
    <message>
        <source>Status for Default: &quot;%1&quot; is the status the plan itself puts the account in.</source>
        <translation>Estado por incumplimiento: «%1» es el estado en el que el propio plan pone la cuenta.</translation>
    </message>
    <message>
        <source>Collections are off: set collections.initial_status to a code of the Collection Status Table first.</source>
        <translation>La cobranza está desactivada: primero asigne a collections.initial_status un código de la Tabla de estados de cobranza.</translation>
    </message>
    <message>
        <source>The Patient Collections Integration does not name the status codes for this plan: set %1 first.</source>
        <translation>La integración de cobranza de pacientes no indica los códigos de estado para este plan: primero configure %1.</translation>
    </message>
    <message>
        <source>Family %1 already has an active payment plan in collections (%2 every %3 days from %4): a family has at most one active payment plan.</source>
        <translation>La familia %1 ya tiene un plan de pagos activo en cobranza (%2 cada %3 días desde el %4): una familia puede tener como máximo un plan de pagos activo.</translation>
    </message>
    <message>
        <source>Family %1 has an enabled payment plan on its statements (%2 a month from %3): a family has at most one active payment plan; disable that one first.</source>
        <translation>La familia %1 tiene un plan de pagos activo en sus estados de cuenta (%2 al mes desde el %3): una familia puede tener como máximo un plan de pagos activo; desactive primero ese plan.</translation>
    </message>
    <message>
        <source>Family %1 is not in collections: a collection payment plan is for an account in collections.</source>
        <translation>La familia %1 no está en cobranza: un plan de pagos de cobranza es para una cuenta en cobranza.</translation>
    </message>
    <message>
        <source>Family %1 is delinquent (%2 older than %3 days) and in collections (status %4): a non-delinquent payment plan is not possible.</source>
        <translation>La familia %1 es morosa (%2 con más de %3 días de antigüedad) y está en cobranza (estado %4): no es posible un plan de pagos no moroso.</translation>
    </message>
    <message>
        <source>Family %1 is in a billing group with Suppress Collections: a non-delinquent payment plan is not possible.</source>
        <translation>La familia %1 está en un grupo de facturación con Suprimir cobranza: no es posible un plan de pagos no moroso.</translation>
    </message>
    <message>
        <source>Next Payment Date: %1 is not after %2, the due date already checked.</source>
        <translation>Fecha del próximo pago: %1 no es posterior a %2, la fecha de vencimiento ya comprobada.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a code of the Collection Status Table.</source>
        <translation>%1: «%2» no es un código de la Tabla de estados de cobranza.</translation>
    </message>
    <message>
        <source>Family %1 has no collection status.</source>
        <translation>La familia %1 no tiene estado de cobranza.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is already in the list.</source>
        <translation>%1: «%2» ya está en la lista.</translation>
    </message>
    <message>
        <source>Family %1 has an active payment plan in collections: a family has at most one active payment plan; end that one first.</source>
        <translation>La familia %1 tiene un plan de pagos activo en cobranza: una familia puede tener como máximo un plan de pagos activo; finalice primero ese plan.</translation>
    </message>
    <message>
        <source>%1: %2 is below zero.</source>
        <translation>%1: %2 es menor que cero.</translation>
    </message>
    <message>
        <source>A balance is delinquent when the part of it older than this many days, by the aging rule, is at least collections.min_amount (1 to 999).</source>
        <translation>Un saldo es moroso cuando la parte con más días de antigüedad que estos, según la regla de antigüedad de saldos, es al menos collections.min_amount (de 1 a 999).</translation>
    </message>
    <message>
        <source>The smallest delinquent amount that sends an account to collections.</source>
        <translation>El importe moroso mínimo que envía una cuenta a cobranza.</translation>
    </message>
    <message>
        <source>The collection status a delinquent account enters. Until it is set, collections are off and the daily run skips them.</source>
        <translation>El estado de cobranza en el que entra una cuenta morosa. Mientras no se configure, la cobranza está desactivada y la facturación diaria la omite.</translation>
    </message>
    <message>
        <source>Collection Payment Plan: the status of an account in collections while it is on a collection payment plan.</source>
        <translation>Plan de pagos de cobranza: el estado de una cuenta en cobranza mientras tiene un plan de pagos de cobranza.</translation>
    </message>
    <message>
        <source>Collection Payment Plan Failed: where a defaulted collection payment plan sends the account, unless the plan names another status.</source>
        <translation>Plan de pagos de cobranza fallido: adónde envía la cuenta un plan de pagos de cobranza incumplido, salvo que el plan indique otro estado.</translation>
    </message>
    <message>
        <source>Non-Delinquent Payment Plan: the status of an account that is not delinquent while it is on a payment plan.</source>
        <translation>Plan de pagos no moroso: el estado de una cuenta que no es morosa mientras tiene un plan de pagos.</translation>
    </message>
    <message>
        <source>Non-Delinquent Pmt Plan Failed: where a defaulted non-delinquent payment plan sends the account, unless the plan names another status.</source>
        <translation>Plan de pagos no moroso fallido: adónde envía la cuenta un plan de pagos no moroso incumplido, salvo que el plan indique otro estado.</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>importe</translation>
    </message>
    <message>
        <source>collection status code or empty</source>
        <translation>código de estado de cobranza o vacío</translation>
    </message>
    <message>
        <source>Change collections and collection payment plans</source>
        <translation>Modificar la cobranza y los planes de pagos de cobranza</translation>
    </message>
    <message>
        <source>none since the start</source>
        <translation>ninguno desde el inicio</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>%1 desde %2</translation>
    </message>
    <message>
        <source>Family %1 is in collection status %2 since %3, but its collection history says %4.</source>
        <translation>La familia %1 está en el estado de cobranza %2 desde %3, pero su historial de cobranza indica %4.</translation>
    </message>
    <message>
        <source>Family %1 has an active collection payment plan and an enabled payment plan; one at most is allowed.</source>
        <translation>La familia %1 tiene un plan de pagos de cobranza activo y un plan de pagos activo; se admite como máximo uno.</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completado</translation>
    </message>
    <message>
        <source>collections.nd_plan_code: %1 is also %2; the non-delinquent plan&apos;s status is the one that is not in collections, so it needs a code of its own.</source>
        <translation>collections.nd_plan_code: %1 es también %2; el estado del plan no moroso es el único que no está en cobranza, así que necesita un código propio.</translation>
    </message>
    <message>
        <source>collections.plan_failed_code: %1 is also collections.plan_code; a failed plan must move the account to another status.</source>
        <translation>collections.plan_failed_code: %1 es también collections.plan_code; un plan fallido debe llevar la cuenta a otro estado.</translation>
    </message>
    <message>
        <source>Delinquent: %1 older than %2 days</source>
        <translation>Moroso: %1 con más de %2 días</translation>
    </message>
    <message>
        <source>%1 days in status</source>
        <translation>%1 días en el estado</translation>
    </message>
    <message>
        <source>Payment plan failed: paid %1 of %2 due by %3</source>
        <translation>Plan de pagos fallido: pagó %1 de %2 que vencían el %3</translation>
    </message>
    <message>
        <source>Balance %1</source>
        <translation>Saldo %1</translation>
    </message>
    <message>
        <source>Paid off by payment #%1</source>
        <translation>Saldado con el pago n.º %1</translation>
    </message>
    <message>
        <source>Amount (field 7) is empty</source>
        <translation>El importe (campo 7) está vacío</translation>
    </message>
    <message>
        <source>Amount (field 7) &quot;%1&quot; has a sign; InstaMed writes amounts positive and the action gives the direction</source>
        <translation>El importe (campo 7) &quot;%1&quot; tiene signo; InstaMed escribe los importes en positivo y la acción indica el sentido</translation>
    </message>
    <message>
        <source>Amount (field 7) &quot;%1&quot; has a group separator; expected digits and a point, like 1000.00</source>
        <translation>El importe (campo 7) &quot;%1&quot; tiene un separador de miles; se esperaban dígitos y un punto, como 1000.00</translation>
    </message>
    <message>
        <source>Amount (field 7) &quot;%1&quot; is not an amount like 1000.00</source>
        <translation>El importe (campo 7) &quot;%1&quot; no es un importe como 1000.00</translation>
    </message>
    <message>
        <source>Amount (field 7) &quot;%1&quot; has more than two decimals</source>
        <translation>El importe (campo 7) &quot;%1&quot; tiene más de dos decimales</translation>
    </message>
    <message>
        <source>Amount (field 7) &quot;%1&quot;: %2</source>
        <translation>Importe (campo 7) &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Amount (field 7) &quot;%1&quot; is zero</source>
        <translation>El importe (campo 7) &quot;%1&quot; es cero</translation>
    </message>
    <message>
        <source>Transaction Time (field 11) is empty</source>
        <translation>La hora de la transacción (campo 11) está vacía</translation>
    </message>
    <message>
        <source>Transaction Time (field 11) &quot;%1&quot; is not a date and time CCYYMMDDHHMMSS</source>
        <translation>La hora de la transacción (campo 11) &quot;%1&quot; no es una fecha y hora CCYYMMDDHHMMSS</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulador</translation>
    </message>
    <message>
        <source>The fields are separated by &quot;%1&quot;, not &quot;|&quot;: this is not an InstaMed EOD record</source>
        <translation>Los campos están separados por &quot;%1&quot;, no por &quot;|&quot;: esto no es un registro EOD de InstaMed</translation>
    </message>
    <message>
        <source>The line has no &quot;|&quot; separators: this is not an InstaMed EOD record</source>
        <translation>La línea no tiene separadores &quot;|&quot;: esto no es un registro EOD de InstaMed</translation>
    </message>
    <message>
        <source>The line is not text (binary data, or an encoding other than UTF-8)</source>
        <translation>La línea no es texto (datos binarios o una codificación distinta de UTF-8)</translation>
    </message>
    <message>
        <source>A second header line: only the first line of a file is its header</source>
        <translation>Una segunda línea de encabezado: solo la primera línea de un archivo es su encabezado</translation>
    </message>
    <message>
        <source>The header &quot;%1&quot; is not H|CCYYMMDD|lockbox as version 1.2.2 writes it</source>
        <translation>El encabezado &quot;%1&quot; no es H|CCYYMMDD|lockbox, como lo escribe la versión 1.2.2</translation>
    </message>
    <message>
        <source>The line does not start with &quot;D|&quot; as every detail line of a version 1.2.2 file (one that starts with an H header) does</source>
        <translation>La línea no empieza por &quot;D|&quot;, como toda línea de detalle de un archivo de la versión 1.2.2 (uno que empieza con un encabezado H)</translation>
    </message>
    <message>
        <source>The line starts with &quot;D|&quot; but the file has no H|CCYYMMDD|lockbox header line, which version 1.2.2 files start with</source>
        <translation>La línea empieza por &quot;D|&quot;, pero el archivo no tiene la línea de encabezado H|CCYYMMDD|lockbox con la que empiezan los archivos de la versión 1.2.2</translation>
    </message>
    <message>
        <source>Record Id (field 1) &quot;%1&quot; is not an InstaMed EOD record id (IMDPA10 to IMDPA14)</source>
        <translation>El id de registro (campo 1) &quot;%1&quot; no es un id de registro EOD de InstaMed (de IMDPA10 a IMDPA14)</translation>
    </message>
    <message>
        <source>The %1 record has %2 fields, at least %3 expected: the line is cut short</source>
        <translation>El registro %1 tiene %2 campos y se esperaban al menos %3: la línea está cortada</translation>
    </message>
    <message>
        <source>Payment Type (field 5) &quot;%1&quot; is not CreditCard, DebitCard, eCheck or Cash</source>
        <translation>El tipo de pago (campo 5) &quot;%1&quot; no es CreditCard, DebitCard, eCheck ni Cash</translation>
    </message>
    <message>
        <source>Transaction Action (field 6) &quot;%1&quot; is not AuthCapt, Credit or Return</source>
        <translation>La acción de la transacción (campo 6) &quot;%1&quot; no es AuthCapt, Credit ni Return</translation>
    </message>
    <message>
        <source>Transaction Id (field 9) is empty</source>
        <translation>El id de transacción (campo 9) está vacío</translation>
    </message>
    <message>
        <source>Status (field 12) &quot;%1&quot; is not an InstaMed status (A, C, S, D, V, SE, CB, RI)</source>
        <translation>El estado (campo 12) &quot;%1&quot; no es un estado de InstaMed (A, C, S, D, V, SE, CB, RI)</translation>
    </message>
    <message>
        <source>InstaMed declined transaction %1 (status D)</source>
        <translation>InstaMed rechazó la transacción %1 (estado D)</translation>
    </message>
    <message>
        <source>Transaction %1 was voided at InstaMed (status V)</source>
        <translation>La transacción %1 se anuló en InstaMed (estado V)</translation>
    </message>
    <message>
        <source>Transaction %1 failed at InstaMed with a system error (status SE)</source>
        <translation>La transacción %1 falló en InstaMed por un error del sistema (estado SE)</translation>
    </message>
    <message>
        <source>The ISA segment is truncated: it has %1 of its %2 characters</source>
        <translation>El segmento ISA está truncado: tiene %1 de sus %2 caracteres</translation>
    </message>
    <message>
        <source>The ISA segment is not an X12 ISA: the element separator %1 (ISA position 3) is not at position %2, which holds %3</source>
        <translation>El segmento ISA no es un ISA de X12: el separador de elementos %1 (posición 3 del ISA) no está en la posición %2, que contiene %3</translation>
    </message>
    <message>
        <source>The ISA segment&apos;s separators (element %1, component %2, segment %3) include a letter, digit or space</source>
        <translation>Los separadores del segmento ISA (elemento %1, componente %2, segmento %3) incluyen una letra, un dígito o un espacio</translation>
    </message>
    <message>
        <source>The ISA segment&apos;s element or component separator (%1, %2) is a line break</source>
        <translation>El separador de elementos o de componentes del segmento ISA (%1, %2) es un salto de línea</translation>
    </message>
    <message>
        <source>The ISA segment&apos;s separators (element %1, component %2, segment %3) are not distinct</source>
        <translation>Los separadores del segmento ISA (elemento %1, componente %2, segmento %3) no son distintos entre sí</translation>
    </message>
    <message>
        <source>claim payment segment CLP at line %1</source>
        <translation>segmento CLP de pago de reclamación en la línea %1</translation>
    </message>
    <message>
        <source>BPR01 (transaction handling) %1 at line %2</source>
        <translation>BPR01 (tratamiento de la transacción) %1 en la línea %2</translation>
    </message>
    <message>
        <source>SE01 (segment count) %1 does not match the %2 segments of the transaction set</source>
        <translation>SE01 (número de segmentos) %1 no coincide con los %2 segmentos del conjunto de transacciones</translation>
    </message>
    <message>
        <source>SE02 (control number) %1 does not match ST02 %2</source>
        <translation>SE02 (número de control) %1 no coincide con ST02 %2</translation>
    </message>
    <message>
        <source>Line %1 is not an X12 segment: %2</source>
        <translation>La línea %1 no es un segmento X12: %2</translation>
    </message>
    <message>
        <source>Segment %1 appears twice in the transaction set (line %2)</source>
        <translation>El segmento %1 aparece dos veces en el conjunto de transacciones (línea %2)</translation>
    </message>
    <message>
        <source>The transaction set has no BPR segment (payment amount, credit/debit and date)</source>
        <translation>El conjunto de transacciones no tiene segmento BPR (importe del pago, crédito/débito y fecha)</translation>
    </message>
    <message>
        <source>BPR01 (transaction handling) %1 is not &quot;H&quot;</source>
        <translation>BPR01 (tratamiento de la transacción) %1 no es &quot;H&quot;</translation>
    </message>
    <message>
        <source>BPR02 (payment amount) %1 is not an amount: a positive number with at most two decimals, without grouping or sign</source>
        <translation>BPR02 (importe del pago) %1 no es un importe: un número positivo con dos decimales como máximo, sin separador de miles ni signo</translation>
    </message>
    <message>
        <source>BPR03 (credit/debit flag) %1 is neither &quot;C&quot; (payment) nor &quot;D&quot; (refund)</source>
        <translation>BPR03 (indicador de crédito/débito) %1 no es ni &quot;C&quot; (pago) ni &quot;D&quot; (reembolso)</translation>
    </message>
    <message>
        <source>BPR16 (date) %1 is not a date CCYYMMDD</source>
        <translation>BPR16 (fecha) %1 no es una fecha CCYYMMDD</translation>
    </message>
    <message>
        <source>The transaction set has no TRN segment (authorization number)</source>
        <translation>El conjunto de transacciones no tiene segmento TRN (número de autorización)</translation>
    </message>
    <message>
        <source>TRN02 (authorization number) is empty</source>
        <translation>TRN02 (número de autorización) está vacío</translation>
    </message>
    <message>
        <source>The transaction set has no N1*PR segment (the patient)</source>
        <translation>El conjunto de transacciones no tiene segmento N1*PR (el paciente)</translation>
    </message>
    <message>
        <source>N102 (patient name) is empty</source>
        <translation>N102 (nombre del paciente) está vacío</translation>
    </message>
    <message>
        <source>N104 (patient account number) is empty</source>
        <translation>N104 (número de cuenta del paciente) está vacío</translation>
    </message>
    <message>
        <source>The file is binary (it holds NUL bytes), not an X12 835</source>
        <translation>El archivo es binario (contiene bytes NUL), no un X12 835</translation>
    </message>
    <message>
        <source>The file is not text (it is not valid UTF-8), not an X12 835</source>
        <translation>El archivo no es texto (no es UTF-8 válido), no un X12 835</translation>
    </message>
    <message>
        <source>The file is not an X12 835: it does not begin with an ISA segment (it begins with %1)</source>
        <translation>El archivo no es un X12 835: no empieza con un segmento ISA (empieza con %1)</translation>
    </message>
    <message>
        <source>The file is an insurer&apos;s remittance, not InstaMed&apos;s patient payments (%1): insurance money is not posted as patient payments</source>
        <translation>El archivo es una remesa de una aseguradora, no los pagos de pacientes de InstaMed (%1): el dinero del seguro no se registra como pagos de pacientes</translation>
    </message>
    <message>
        <source>The file is not an 835: ST01 (transaction set) is %1 at line %2</source>
        <translation>El archivo no es un 835: ST01 (conjunto de transacciones) es %1 en la línea %2</translation>
    </message>
    <message>
        <source>The transaction set that begins at line %1 has no SE segment: the file is truncated or spliced</source>
        <translation>El conjunto de transacciones que empieza en la línea %1 no tiene segmento SE: el archivo está truncado o empalmado</translation>
    </message>
    <message>
        <source>Line %1 holds %2 outside any transaction set (ST..SE)</source>
        <translation>La línea %1 contiene %2 fuera de cualquier conjunto de transacciones (ST..SE)</translation>
    </message>
    <message>
        <source>The file holds no transaction set (ST..SE)</source>
        <translation>El archivo no contiene ningún conjunto de transacciones (ST..SE)</translation>
    </message>
    <message>
        <source>The file does not end with a complete IEA segment: it is truncated</source>
        <translation>El archivo no termina con un segmento IEA completo: está truncado</translation>
    </message>
    <message>
        <source>IEA02 (interchange control number) %1 does not match ISA13 %2: the file is truncated or spliced</source>
        <translation>IEA02 (número de control del intercambio) %1 no coincide con ISA13 %2: el archivo está truncado o empalmado</translation>
    </message>
    <message>
        <source>portal.clearinghouse is not set: choose the clearinghouse patients pay through (instamed) in Settings &gt; Online patient services or with config set.</source>
        <translation>portal.clearinghouse no está configurado: elija la cámara de compensación por la que pagan los pacientes (instamed) en Configuración &gt; Servicios en línea para pacientes o con config set.</translation>
    </message>
    <message>
        <source>portal.instamed_alias is not set: enter the practice&apos;s InstaMed guest-pay alias in Settings &gt; Online patient services or with config set.</source>
        <translation>portal.instamed_alias no está configurado: escriba el alias de pago de invitado de InstaMed de la consulta en Configuración &gt; Servicios en línea para pacientes o con config set.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not one of %3, or empty.</source>
        <translation>%1: «%2» no es ninguno de %3, ni vacío.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; holds &quot;%3&quot;; an alias has only letters, digits, &quot;.&quot;, &quot;-&quot; and &quot;_&quot;.</source>
        <translation>%1: «%2» contiene «%3»; un alias solo tiene letras, dígitos, «.», «-» y «_».</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; has %3 characters; an alias has 3 to 60, or leave it empty.</source>
        <translation>%1: «%2» tiene %3 caracteres; un alias tiene de 3 a 60, o déjelo vacío.</translation>
    </message>
    <message>
        <source>The clearinghouse patients pay online through (instamed); empty for none: no Pay Now link is shown.</source>
        <translation>La cámara de compensación por la que los pacientes pagan en línea (instamed); vacío para ninguna: no se muestra ningún enlace Pagar ahora.</translation>
    </message>
    <message>
        <source>The practice&apos;s InstaMed guest-pay alias: the Pay Now address is https://pay.instamed.com/ followed by it.</source>
        <translation>El alias de pago de invitado de InstaMed de la consulta: la dirección de Pagar ahora es https://pay.instamed.com/ seguida de él.</translation>
    </message>
    <message>
        <source>The folder the clearinghouse&apos;s payment report files arrive in.</source>
        <translation>La carpeta a la que llegan los archivos de informes de pagos de la cámara de compensación.</translation>
    </message>
    <message>
        <source>The time zone the clearinghouse&apos;s report times are read in (they carry none); practice.time_zone until it is set.</source>
        <translation>La zona horaria en la que se leen las horas de los informes de la cámara de compensación (no llevan ninguna); practice.time_zone mientras no se configure.</translation>
    </message>
    <message>
        <source>guest-pay alias or empty</source>
        <translation>alias de pago de invitado o vacío</translation>
    </message>
    <message>
        <source>The portal benchmark needs families in the database and at least one file.</source>
        <translation>La prueba de rendimiento del portal necesita familias en la base de datos y al menos un archivo.</translation>
    </message>
    <message>
        <source>refund date</source>
        <translation>fecha del reembolso</translation>
    </message>
    <message>
        <source>The refund date %1 is before payment #%2 of %3: money cannot go back before it came in.</source>
        <translation>La fecha del reembolso %1 es anterior al pago n.º %2 de %3: el dinero no puede devolverse antes de haber entrado.</translation>
    </message>
    <message>
        <source>There is no payment #%1 on account %2.</source>
        <translation>No existe el pago n.º %1 en la cuenta %2.</translation>
    </message>
    <message>
        <source>Refund amount %1 is not between 0.01 and the %2 of payment #%3 not yet refunded.</source>
        <translation>El reembolso de %1 no está entre 0.01 y los %2 del pago n.º %3 que aún no se han reembolsado.</translation>
    </message>
    <message>
        <source>%1 (%2); %3; %4; %5; %6 (%7, %8).</source>
        <translation>%1 (%2); %3; %4; %5; %6 (%7, %8).</translation>
    </message>
    <message numerus="yes">
        <source>Posted %n payment(s)</source>
        <translation>
            <numerusform>Se registró %n pago</numerusform>
            <numerusform>Se registraron %n pagos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refund(s)</source>
        <translation>
            <numerusform>%n reembolso</numerusform>
            <numerusform>%n reembolsos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s)</source>
        <translation>
            <numerusform>%n duplicado</numerusform>
            <numerusform>%n duplicados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n omitido</numerusform>
            <numerusform>%n omitidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exception(s)</source>
        <translation>
            <numerusform>%n excepción</numerusform>
            <numerusform>%n excepciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) read</source>
        <translation>
            <numerusform>%n archivo leído</numerusform>
            <numerusform>%n archivos leídos</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no family %1.</source>
        <translation>No existe la familia %1.</translation>
    </message>
    <message>
        <source>Family %1 has no guarantor to post on.</source>
        <translation>La familia %1 no tiene ningún responsable en el que registrarlo.</translation>
    </message>
    <message>
        <source>Patient Account Number (field 16)</source>
        <translation>Número de cuenta del paciente (campo 16)</translation>
    </message>
    <message>
        <source>N104 (patient account number)</source>
        <translation>N104 (número de cuenta del paciente)</translation>
    </message>
    <message>
        <source>%1 is empty: the patient typed no account number; match it to a family.</source>
        <translation>%1 está vacío: el paciente no escribió ningún número de cuenta; asígnelo a una familia.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not an account number of this practice (a family number).</source>
        <translation>%1 &quot;%2&quot; no es un número de cuenta de este consultorio (un número de familia).</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;: there is no family %3.</source>
        <translation>%1 &quot;%2&quot;: no existe la familia %3.</translation>
    </message>
    <message>
        <source>The patient&apos;s name &quot;%1&quot; is not the last name of a member of family %2 (%3).</source>
        <translation>El nombre del paciente &quot;%1&quot; no es el apellido de ningún miembro de la familia %2 (%3).</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>Asignada</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Descartada</translation>
    </message>
    <message>
        <source>There is no portal exception #%1.</source>
        <translation>No existe la excepción del portal n.º %1.</translation>
    </message>
    <message>
        <source>Portal exception #%1 is %2 already.</source>
        <translation>La excepción del portal n.º %1 ya tiene el estado %2.</translation>
    </message>
    <message>
        <source>Portal exception #%1 is a record that could not be read: there is no payment to post; dismiss it.</source>
        <translation>La excepción del portal n.º %1 es un registro que no se pudo leer: no hay ningún pago que registrar; descártela.</translation>
    </message>
    <message>
        <source>Reason: say why portal exception #%1 is dismissed.</source>
        <translation>Motivo: indique por qué se descarta la excepción del portal n.º %1.</translation>
    </message>
    <message>
        <source>portal.report_folder is not set: set the folder the clearinghouse&apos;s report files arrive in, or name one.</source>
        <translation>portal.report_folder no está configurado: configure la carpeta a la que llegan los archivos de informes de la cámara de compensación, o indique una.</translation>
    </message>
    <message>
        <source>Report folder %1 is not a folder.</source>
        <translation>La carpeta de informes %1 no es una carpeta.</translation>
    </message>
    <message>
        <source>InstaMed %1 %2, authorization %3</source>
        <translation>InstaMed %1 %2, autorización %3</translation>
    </message>
    <message>
        <source>InstaMed 835, %1</source>
        <translation>InstaMed 835, %1</translation>
    </message>
    <message>
        <source>Refund of %1 dated %2: family %3 has no portal payment on or before that date with %1 not yet refunded to take it back from.</source>
        <translation>Reembolso de %1 con fecha %2: la familia %3 no tiene ningún pago del portal con fecha igual o anterior a esa que tenga %1 aún sin reembolsar del que retirarlo.</translation>
    </message>
    <message>
        <source>Fetch online payment reports and resolve their exceptions</source>
        <translation>Obtener los informes de pagos en línea y resolver sus excepciones</translation>
    </message>
    <message>
        <source>Report file %1 cannot be read: %2. It is read at the next fetch once it can be.</source>
        <translation>No se puede leer el archivo de informe %1: %2. Se leerá en la próxima obtención, cuando se pueda.</translation>
    </message>
    <message>
        <source>Card Type (field 8)</source>
        <translation>Tipo de tarjeta (campo 8)</translation>
    </message>
    <message>
        <source>Transaction Id (field 9)</source>
        <translation>Id de transacción (campo 9)</translation>
    </message>
    <message>
        <source>Authorization Number (field 10)</source>
        <translation>Número de autorización (campo 10)</translation>
    </message>
    <message>
        <source>TRN02 (authorization number)</source>
        <translation>TRN02 (número de autorización)</translation>
    </message>
    <message>
        <source>Patient Last Name (field 13)</source>
        <translation>Apellido del paciente (campo 13)</translation>
    </message>
    <message>
        <source>Patient First Name (field 14)</source>
        <translation>Nombre del paciente (campo 14)</translation>
    </message>
    <message>
        <source>Patient Middle Name (field 15)</source>
        <translation>Segundo nombre del paciente (campo 15)</translation>
    </message>
    <message>
        <source>N102 (patient name)</source>
        <translation>N102 (nombre del paciente)</translation>
    </message>
    <message>
        <source>%1 is %2 characters long, more than the %3 an InstaMed value has</source>
        <translation>%1 tiene %2 caracteres, más de los %3 que tiene un valor de InstaMed</translation>
    </message>
    <message>
        <source>the legacy ledger</source>
        <translation>el libro mayor heredado</translation>
    </message>
    <message>
        <source>tracked allocations</source>
        <translation>aplicaciones rastreadas</translation>
    </message>
    <message>
        <source>Practice group</source>
        <translation>Grupo de consultorios</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; exists already (id %3).</source>
        <translation>%1: &quot;%2&quot; ya existe (id %3).</translation>
    </message>
    <message>
        <source>Practice group: there is no group with id %1.</source>
        <translation>Grupo de consultorios: no hay ningún grupo con id %1.</translation>
    </message>
    <message>
        <source>Practice group: family %1 is in &quot;%2&quot; (id %3), which keeps %4; &quot;%5&quot; (id %6) keeps %7. A family moves only between groups on the same ledger; a legacy group becomes tracked by its migration, the whole group at once.</source>
        <translation>Grupo de consultorios: la familia %1 está en &quot;%2&quot; (id %3), que lleva %4; &quot;%5&quot; (id %6) lleva %7. Una familia solo se mueve entre grupos con el mismo libro; un grupo heredado pasa a aplicaciones rastreadas con su migración, todo el grupo a la vez.</translation>
    </message>
    <message>
        <source>Family %1 is in practice group &quot;%2&quot; (id %3), which keeps the legacy ledger: payments only lower the balance there. Allocation starts once the group is migrated (migrations queue --group %3).</source>
        <translation>La familia %1 está en el grupo de consultorios &quot;%2&quot; (id %3), que lleva el libro mayor heredado: allí los pagos solo reducen el saldo. La aplicación empieza cuando el grupo se migra (migrations queue --group %3).</translation>
    </message>
    <message>
        <source>Change practice groups</source>
        <translation>Cambiar grupos de consultorios</translation>
    </message>
    <message>
        <source>family %1 is in practice group %2 (&quot;%3&quot;) in the database</source>
        <translation>la familia %1 está en el grupo de consultorios %2 (&quot;%3&quot;) en la base de datos</translation>
    </message>
    <message>
        <source>there is no practice group %1 in practice_groups.csv or in the database</source>
        <translation>no hay ningún grupo de consultorios %1 en practice_groups.csv ni en la base de datos</translation>
    </message>
    <message>
        <source>family %1 is placed in practice group %2 on line %3; every member names the same group</source>
        <translation>la familia %1 está en el grupo de consultorios %2 en la línea %3; todos los miembros indican el mismo grupo</translation>
    </message>
    <message>
        <source>write legacy or tracked</source>
        <translation>escriba legacy o tracked</translation>
    </message>
    <message>
        <source>group %1 is already on line %2</source>
        <translation>el grupo %1 ya está en la línea %2</translation>
    </message>
    <message>
        <source>the name is already on line %1</source>
        <translation>el nombre ya está en la línea %1</translation>
    </message>
    <message>
        <source>group %1 is named &quot;%2&quot; in the database</source>
        <translation>el grupo %1 se llama &quot;%2&quot; en la base de datos</translation>
    </message>
    <message>
        <source>group %1 keeps %2 in the database</source>
        <translation>el grupo %1 lleva %2 en la base de datos</translation>
    </message>
    <message>
        <source>the database has this name for group %1</source>
        <translation>la base de datos tiene este nombre para el grupo %1</translation>
    </message>
    <message>
        <source>payment %1 is of family %2, whose practice group keeps the legacy ledger: its payments are not split</source>
        <translation>el pago %1 es de la familia %2, cuyo grupo de consultorios lleva el libro mayor heredado: sus pagos no se dividen</translation>
    </message>
    <message>
        <source>Queued</source>
        <comment>migration status</comment>
        <translation>En cola</translation>
    </message>
    <message>
        <source>In Progress</source>
        <comment>migration status</comment>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>migration status</comment>
        <translation>Activa</translation>
    </message>
    <message>
        <source>Error</source>
        <comment>migration status</comment>
        <translation>Error</translation>
    </message>
    <message>
        <source>Migration: there is no migration with id %1.</source>
        <translation>Migración: no existe ninguna migración con id %1.</translation>
    </message>
    <message numerus="yes">
        <source>verify found %n error(s) in the converted group: %1</source>
        <translation>
            <numerusform>la verificación encontró %n error en el grupo convertido: %1</numerusform>
            <numerusform>la verificación encontró %n errores en el grupo convertido: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>verify: no errors, no warnings.</source>
        <translation>verificación: sin errores ni advertencias.</translation>
    </message>
    <message numerus="yes">
        <source>verify: no errors, %n warning(s): %1</source>
        <translation>
            <numerusform>verificación: sin errores, %n advertencia: %1</numerusform>
            <numerusform>verificación: sin errores, %n advertencias: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Migration %1 is %2: only a Queued migration, or one left In Progress by a job that stopped, can be run.</source>
        <translation>La migración %1 está en estado %2: solo se puede ejecutar una migración En cola, o una que quedó En curso porque la tarea que la ejecutaba se detuvo.</translation>
    </message>
    <message>
        <source>Started again by %1: the job that ran it stopped before it ended; nothing of its conversion was kept.</source>
        <translation>Reiniciada por %1: la tarea que la ejecutaba se detuvo antes de terminar; no se conservó nada de su conversión.</translation>
    </message>
    <message>
        <source>Started by %1.</source>
        <translation>Iniciada por %1.</translation>
    </message>
    <message>
        <source>%1 of %2 families converted, %3 rows written.</source>
        <translation>%1 de %2 familias convertidas, %3 filas escritas.</translation>
    </message>
    <message>
        <source>Active on %1: practice group &quot;%2&quot; (id %3) keeps tracked allocations.</source>
        <translation>Activa el %1: el grupo de consultorios &quot;%2&quot; (id %3) usa asignaciones registradas.</translation>
    </message>
    <message>
        <source>Nothing was converted; the group keeps the legacy ledger and may be queued again once this is fixed: %1</source>
        <translation>No se convirtió nada; el grupo conserva el libro mayor heredado y se puede volver a poner en cola una vez que se corrija esto: %1</translation>
    </message>
    <message>
        <source>Active since %1</source>
        <translation>Activa desde el %1</translation>
    </message>
    <message>
        <source>Practice group &quot;%1&quot; (id %2) has migration %3 already (%4): a group is migrated once, and an Active migration is never reversed.</source>
        <translation>El grupo de consultorios &quot;%1&quot; (id %2) ya tiene la migración %3 (%4): un grupo se migra una sola vez y una migración Activa nunca se revierte.</translation>
    </message>
    <message>
        <source>Practice group &quot;%1&quot; (id %2) keeps tracked allocations already: there is nothing to migrate.</source>
        <translation>El grupo de consultorios &quot;%1&quot; (id %2) ya usa asignaciones registradas: no hay nada que migrar.</translation>
    </message>
    <message>
        <source>Queued by %1.</source>
        <translation>Puesta en cola por %1.</translation>
    </message>
    <message>
        <source>migration %1 (%2) of practice group &quot;%3&quot; (id %4)</source>
        <translation>migración %1 (%2) del grupo de consultorios &quot;%3&quot; (id %4)</translation>
    </message>
    <message>
        <source>Postings to practice group &quot;%1&quot; (id %2) are locked while migration %3 (%4) is In Progress: the nightly job is converting the group&apos;s payments to tracked allocations. Post again once it is Active (Tools &gt; Migrations).</source>
        <translation>Los registros en el grupo de consultorios &quot;%1&quot; (id %2) están bloqueados mientras la migración %3 (%4) está En curso: la tarea nocturna está convirtiendo los pagos del grupo en asignaciones registradas. Vuelva a registrar cuando esté Activa (Herramientas &gt; Migraciones).</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a time of day; write it as HH:MM on a 24-hour clock, such as 20:00.</source>
        <translation>%1: &quot;%2&quot; no es una hora del día; escríbala como HH:MM en formato de 24 horas, por ejemplo 20:00.</translation>
    </message>
    <message>
        <source>When the nightly job may start the queued migrations, in the practice&apos;s time zone (HH:MM, 24-hour clock).</source>
        <translation>Hora en que la tarea nocturna puede iniciar las migraciones en cola, en la zona horaria del consultorio (HH:MM, formato de 24 horas).</translation>
    </message>
    <message>
        <source>time of day (HH:MM)</source>
        <translation>hora del día (HH:MM)</translation>
    </message>
    <message>
        <source>Migrate a practice group</source>
        <translation>Migrar un grupo de consultorios</translation>
    </message>
    <message>
        <source>migration %1 (%2, id %3)</source>
        <translation>migración %1 (%2, id %3)</translation>
    </message>
    <message>
        <source>%1: Active on %2, %3 families, %4 rows</source>
        <translation>%1: Activa el %2, %3 familias, %4 filas</translation>
    </message>
    <message>
        <source>%1: Error: %2</source>
        <translation>%1: Error: %2</translation>
    </message>
    <message>
        <source>%1: %2 (another job is running it)</source>
        <translation>%1: %2 (otra tarea la está ejecutando)</translation>
    </message>
    <message numerus="yes">
        <source>nothing due before %1 (it is %2): %n queued migration(s) waiting.</source>
        <translation>
            <numerusform>nada que ejecutar antes de las %1 (hora actual: %2): %n migración en cola en espera.</numerusform>
            <numerusform>nada que ejecutar antes de las %1 (hora actual: %2): %n migraciones en cola en espera.</numerusform>
        </translation>
    </message>
    <message>
        <source>no migration queued.</source>
        <translation>ninguna migración en cola.</translation>
    </message>
    <message numerus="yes">
        <source>WARNING: This migrates the whole practice group &quot;%1&quot; (id %2, %n families) from the legacy ledger to tracked allocations. Every family of the group is migrated, none can stay behind, and it cannot be undone.</source>
        <translation>
            <numerusform>ADVERTENCIA: Esto migra todo el grupo de consultorios &quot;%1&quot; (id %2, %n familia) del libro mayor heredado a asignaciones registradas. Se migran todas las familias del grupo, ninguna puede quedar fuera, y no se puede deshacer.</numerusform>
            <numerusform>ADVERTENCIA: Esto migra todo el grupo de consultorios &quot;%1&quot; (id %2, %n familias) del libro mayor heredado a asignaciones registradas. Se migran todas las familias del grupo, ninguna puede quedar fuera, y no se puede deshacer.</numerusform>
        </translation>
    </message>
    <message>
        <source>WARNING: The nightly job starts it at %1 (%2), the practice&apos;s nightly time (nightly.time). While it runs, postings to the group&apos;s families are locked: charges, adjustments, payments, allocations, voids and refunds are refused until the migration is Active.</source>
        <translation>ADVERTENCIA: La tarea nocturna la inicia a las %1 (%2), la hora nocturna del consultorio (nightly.time). Mientras se ejecuta, los registros en las familias del grupo están bloqueados: se rechazan cargos, ajustes, pagos, asignaciones, anulaciones y reembolsos hasta que la migración esté Activa.</translation>
    </message>
    <message>
        <source>The folder the daily run keeps its backups of a SQLite database in; empty for a backups folder beside the database. Point it at another disk.</source>
        <translation>La carpeta en la que la ejecución diaria guarda sus copias de seguridad de una base de datos SQLite; vacío para una carpeta backups junto a la base de datos. Indique una carpeta en otro disco.</translation>
    </message>
    <message>
        <source>How many of the daily run&apos;s backups are kept: the newest, older ones are deleted (1 to 3650).</source>
        <translation>Cuántas copias de seguridad de la ejecución diaria se conservan: las más recientes; las más antiguas se eliminan (de 1 a 3650).</translation>
    </message>
    <message>
        <source>Back up and restore the database</source>
        <translation>Hacer copias de seguridad de la base de datos y restaurarla</translation>
    </message>
    <message>
        <source>no audit entry</source>
        <translation>sin entradas de auditoría</translation>
    </message>
    <message>
        <source>%1 UTC (audit #%2)</source>
        <translation>%1 UTC (auditoría n.º %2)</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>No se puede crear %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1 to the disk: %2</source>
        <translation>No se puede escribir %1 en el disco: %2</translation>
    </message>
    <message>
        <source>Cannot rename %1 to %2: %3</source>
        <translation>No se puede cambiar el nombre de %1 a %2: %3</translation>
    </message>
    <message>
        <source>No backup file is named.</source>
        <translation>No se ha indicado ningún archivo de copia de seguridad.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist: the backup %2 was not written.</source>
        <translation>La carpeta %1 no existe: no se escribió la copia de seguridad %2.</translation>
    </message>
    <message>
        <source>%1 is a folder: name the backup file.</source>
        <translation>%1 es una carpeta: indique el nombre del archivo de copia de seguridad.</translation>
    </message>
    <message>
        <source>%1 is the database itself: choose another file for its backup.</source>
        <translation>%1 es la propia base de datos: elija otro archivo para su copia de seguridad.</translation>
    </message>
    <message>
        <source>Backed up to %1 (%2 bytes), up to %3.</source>
        <translation>Copia de seguridad guardada en %1 (%2 bytes), hasta %3.</translation>
    </message>
    <message>
        <source>Restored %1 (up to %2); the replaced database was up to %3. verify: %4 errors, %5 warnings.</source>
        <translation>Se restauró %1 (hasta %2); la base de datos sustituida llegaba hasta %3. verificación: %4 errores, %5 advertencias.</translation>
    </message>
    <message>
        <source>The backup %1 does not exist: nothing was restored.</source>
        <translation>La copia de seguridad %1 no existe: no se restauró nada.</translation>
    </message>
    <message>
        <source>The backup %1 was written by a newer PayDesk (schema version %2; this program knows %3): nothing was restored.</source>
        <translation>La copia de seguridad %1 la escribió un PayDesk más reciente (versión de esquema %2; este programa conoce la %3): no se restauró nada.</translation>
    </message>
    <message>
        <source>The database&apos;s last change, %1, is later than the backup&apos;s, %2: restoring would lose what was done since. Nothing was restored; --force (on the desk: Restore anyway) replaces it all the same.</source>
        <translation>El último cambio de la base de datos, %1, es posterior al de la copia de seguridad, %2: al restaurarla se perdería lo hecho desde entonces. No se restauró nada; --force (en el mostrador: Restaurar de todos modos) la sustituye igualmente.</translation>
    </message>
    <message>
        <source>%1 is not installed: install postgresql-client.</source>
        <translation>%1 no está instalado: instale postgresql-client.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 falló: %2</translation>
    </message>
    <message>
        <source>%1 is not a PayDesk backup of a PostgreSQL database (pg_dump custom format): nothing was restored.</source>
        <translation>%1 no es una copia de seguridad de PayDesk de una base de datos PostgreSQL (formato personalizado de pg_dump): no se restauró nada.</translation>
    </message>
    <message>
        <source>backup: none on PostgreSQL (use paydesk-cli backup, or the server&apos;s own backups)</source>
        <translation>backup: ninguna en PostgreSQL (use paydesk-cli backup o las copias de seguridad propias del servidor)</translation>
    </message>
    <message>
        <source>backup: %1 (%2 bytes), kept %3, removed %4</source>
        <translation>backup: %1 (%2 bytes), conservadas %3, eliminadas %4</translation>
    </message>
    <message>
        <source>Cannot create the backup folder %1.</source>
        <translation>No se puede crear la carpeta de copias de seguridad %1.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>No se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>Cannot start the copy to %1: %2</source>
        <translation>No se puede iniciar la copia en %1: %2</translation>
    </message>
    <message>
        <source>The copy to %1 failed: %2</source>
        <translation>La copia en %1 falló: %2</translation>
    </message>
    <message>
        <source>Cannot finish %1: %2</source>
        <translation>No se puede terminar %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a PayDesk backup of a SQLite database: nothing was restored.</source>
        <translation>%1 no es una copia de seguridad de PayDesk de una base de datos SQLite: no se restauró nada.</translation>
    </message>
    <message>
        <source>Cannot read the backup %1: %2</source>
        <translation>No se puede leer la copia de seguridad %1: %2</translation>
    </message>
    <message>
        <source>not on PostgreSQL</source>
        <translation>la base de datos no es PostgreSQL</translation>
    </message>
    <message>
        <source>psql is not installed</source>
        <translation>psql no está instalado</translation>
    </message>
    <message>
        <source>psql failed: %1</source>
        <translation>psql falló: %1</translation>
    </message>
    <message>
        <source>The PostgreSQL driver gives no libpq connection for COPY.</source>
        <translation>El controlador de PostgreSQL no proporciona ninguna conexión libpq para COPY.</translation>
    </message>
    <message>
        <source>COPY into %1: a row of %2 values for %3 columns.</source>
        <translation>COPY en %1: una fila de %2 valores para %3 columnas.</translation>
    </message>
    <message>
        <source>COPY into %1 cannot start: another statement is still running on the connection.</source>
        <translation>COPY en %1 no puede empezar: otra sentencia se sigue ejecutando en la conexión.</translation>
    </message>
    <message>
        <source>%1: row %2, column %3: %4</source>
        <translation>%1: fila %2, columna %3: %4</translation>
    </message>
    <message>
        <source>%1: row %2: %3</source>
        <translation>%1: fila %2: %3</translation>
    </message>
    <message>
        <source>Cannot read the settings file %1: %2</source>
        <translation>No se puede leer el archivo de configuración %1: %2</translation>
    </message>
    <message>
        <source>%1, line %2: &quot;%3&quot; is not key = value.</source>
        <translation>%1, línea %2: «%3» no tiene la forma clave = valor.</translation>
    </message>
    <message>
        <source>%1, line %2: &quot;%3&quot; is not a setting; the settings are database, user and password_file.</source>
        <translation>%1, línea %2: «%3» no es un parámetro; los parámetros son database, user y password_file.</translation>
    </message>
    <message>
        <source>%1, line %2: %3 is given a second time.</source>
        <translation>%1, línea %2: %3 se indica por segunda vez.</translation>
    </message>
    <message>
        <source>%1, line %2: %3 has no value.</source>
        <translation>%1, línea %2: %3 no tiene valor.</translation>
    </message>
</context>
<context>
    <name>PayDeskCli</name>
    <message>
        <source>(none)</source>
        <translation>(sin datos)</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Nacimiento</translation>
    </message>
    <message>
        <source>guarantor</source>
        <translation>responsable</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Profesional</translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation>Clínica</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Adjusted</source>
        <translation>Ajustado</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Charges</source>
        <translation>Cargos</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>Ajuste</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Adjustments</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Pago</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Clase</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Forma de pago</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Unallocated</source>
        <translation>Sin aplicar</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>%1 of #%2</source>
        <translation>%1 del n.º %2</translation>
    </message>
    <message>
        <source>voided by #%1</source>
        <translation>anulado por el n.º %1</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Pagos</translation>
    </message>
    <message>
        <source>Allocation</source>
        <translation>Aplicación</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <source>Allocations</source>
        <translation>Aplicaciones</translation>
    </message>
    <message>
        <source>Unallocated credit</source>
        <translation>Crédito sin aplicar</translation>
    </message>
    <message>
        <source>Unearned income</source>
        <translation>Ingreso anticipado</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Totales</translation>
    </message>
    <message>
        <source>Account %1, guarantor %2 (#%3)</source>
        <translation>Cuenta %1, responsable %2 (n.º %3)</translation>
    </message>
    <message>
        <source>Account %1</source>
        <translation>Cuenta %1</translation>
    </message>
    <message>
        <source>A total is out of range: amounts go up to 999,999,999,999.99.</source>
        <translation>Un total está fuera de rango: los importes llegan hasta 999,999,999,999.99.</translation>
    </message>
    <message>
        <source>No command given; see paydesk-cli --help.</source>
        <translation>No se indicó ningún comando; consulte paydesk-cli --help.</translation>
    </message>
    <message>
        <source>Creates the database, or upgrades it to this version of PayDesk, and prints where it is.</source>
        <translation>Crea la base de datos, o la actualiza a esta versión de PayDesk, e indica dónde está.</translation>
    </message>
    <message>
        <source>Adds a patient to family ID, creating the family when it is new (its first member is its guarantor), and prints the new family and patient ids.</source>
        <translation>Añade un paciente a la familia ID, y crea la familia si es nueva (su primer miembro es su responsable); imprime los ids de la familia y del paciente nuevos.</translation>
    </message>
    <message>
        <source>Posts a payment (dated today unless --date is given) and prints its id. --auto-allocate pays the family&apos;s open charges oldest first in the same posting; --patient-first pays this patient&apos;s charges before the rest.</source>
        <translation>Registra un pago (con fecha de hoy salvo que se indique --date) e imprime su id. --auto-allocate paga en el mismo registro los cargos abiertos de la familia, empezando por el más antiguo; --patient-first paga los cargos de este paciente antes que los demás.</translation>
    </message>
    <message>
        <source>Allocates a payment&apos;s unallocated credit: oldest charges first, an amount to one charge, or an amount kept as unearned income (a prepayment).</source>
        <translation>Aplica el crédito sin aplicar de un pago: a los cargos más antiguos primero, un importe a un cargo, o un importe guardado como ingreso anticipado (un pago anticipado).</translation>
    </message>
    <message>
        <source>Voids a payment: writes a reversing payment dated today and reverses its allocations, so its charges owe again what it paid. Prints the void&apos;s id.</source>
        <translation>Anula un pago: escribe un pago de reversión con fecha de hoy y revierte sus aplicaciones, de modo que sus cargos vuelven a deber lo que pagó. Imprime el id de la anulación.</translation>
    </message>
    <message>
        <source>Returns up to a payment&apos;s unallocated credit to the patient (by the payment&apos;s own method unless --method is given). Prints the refund&apos;s id.</source>
        <translation>Devuelve al paciente hasta el crédito sin aplicar de un pago (con la forma de pago del propio pago, salvo que se indique --method). Imprime el id del reembolso.</translation>
    </message>
    <message>
        <source>The day&apos;s payments, voids and refunds with totals by method and by user: a table, JSON with --json, or a CSV file with --csv.</source>
        <translation>Los pagos, anulaciones y reembolsos del día, con totales por forma de pago y por usuario: una tabla, JSON con --json o un archivo CSV con --csv.</translation>
    </message>
    <message>
        <source>Shows a family&apos;s account: members, charges with balances, payments with unallocated credit, allocations and totals.</source>
        <translation>Muestra la cuenta de una familia: miembros, cargos con saldos, pagos con crédito sin aplicar, aplicaciones y totales.</translation>
    </message>
    <message>
        <source>Writes a whole list to a CSV file and prints how many rows it wrote.</source>
        <translation>Escribe una lista completa en un archivo CSV e indica cuántas filas escribió.</translation>
    </message>
    <message>
        <source>Checks every ledger invariant over the whole database and prints each issue as &quot;error: ...&quot; or &quot;warning: ...&quot;. Exit status 1 when there is an error; warnings alone leave it 0.</source>
        <translation>Comprueba todos los invariantes del libro de cuentas en toda la base de datos e imprime cada problema como &quot;error: ...&quot; o &quot;warning: ...&quot;. Código de salida 1 si hay algún error; las advertencias solas lo dejan en 0.</translation>
    </message>
    <message>
        <source>Adds a generated practice of N families to the database; the same seed (default 1) gives the same practice.</source>
        <translation>Añade a la base de datos un consultorio generado de N familias; la misma semilla (por omisión, 1) da el mismo consultorio.</translation>
    </message>
    <message>
        <source>Adds a generated practice of N families (default 100,000) and measures the import rate against the database&apos;s own bulk insert, auto-allocation per posting, the account view, a CSV export and peak memory. Without --db it works on a scratch SQLite file that it deletes afterwards; never point it at a practice&apos;s database.</source>
        <translation>Añade un consultorio generado de N familias (por omisión, 100 000) y mide la velocidad de importación frente a la inserción masiva propia de la base de datos, la aplicación automática por registro, la vista de cuenta, una exportación CSV y el pico de memoria. Sin --db trabaja sobre un archivo SQLite temporal que después borra; nunca lo use con la base de datos de un consultorio real.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a command; did you mean %2?</source>
        <translation>«%1» no es un comando; ¿quiso decir %2?</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a command; see paydesk-cli --help.</source>
        <translation>«%1» no es un comando; consulte paydesk-cli --help.</translation>
    </message>
    <message>
        <source>Usage: paydesk-cli [--db URL] [--user NAME] [--json] COMMAND [OPTIONS]</source>
        <translation>Uso: paydesk-cli [--db URL] [--user NAME] [--json] COMANDO [OPCIONES]</translation>
    </message>
    <message>
        <source>PayDesk&apos;s batch tool: the same ledger, rules and audit trail as the PayDesk window, for scripts and conversions.</source>
        <translation>La herramienta por lotes de PayDesk: el mismo libro de cuentas, las mismas reglas y el mismo registro de auditoría que la ventana de PayDesk, para scripts y conversiones.</translation>
    </message>
    <message>
        <source>Global options (before or after the command):</source>
        <translation>Opciones globales (antes o después del comando):</translation>
    </message>
    <message>
        <source>print results as JSON on stdout</source>
        <translation>imprime los resultados como JSON en stdout</translation>
    </message>
    <message>
        <source>this help; COMMAND --help for one command</source>
        <translation>esta ayuda; COMANDO --help para la de un comando</translation>
    </message>
    <message>
        <source>print the version</source>
        <translation>imprime la versión</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Comandos:</translation>
    </message>
    <message>
        <source>Values: ids are positive whole numbers; dates are YYYY-MM-DD; amounts are written like 1234.50 or 1,234.50, at most two decimals, up to 999,999,999,999.99; methods are %1.</source>
        <translation>Valores: los ids son números enteros positivos; las fechas son AAAA-MM-DD; los importes se escriben como 1234.50 o 1,234.50, con dos decimales como máximo, hasta 999,999,999,999.99; las formas de pago son %1.</translation>
    </message>
    <message>
        <source>Exit status: 0 on success; 1 when input is refused, with one line per problem on stderr and nothing written.</source>
        <translation>Código de salida: 0 si todo va bien; 1 si se rechaza la entrada, con una línea por problema en stderr y sin escribir nada.</translation>
    </message>
    <message>
        <source>Usage: paydesk-cli [--db URL] [--user NAME] [--json] %1</source>
        <translation>Uso: paydesk-cli [--db URL] [--user NAME] [--json] %1</translation>
    </message>
    <message>
        <source>LIST is one of: %1.</source>
        <translation>LIST es una de estas: %1.</translation>
    </message>
    <message>
        <source>Methods: %1.</source>
        <translation>Formas de pago: %1.</translation>
    </message>
    <message>
        <source>The database %1 is ready (schema version %2).</source>
        <translation>La base de datos %1 está lista (versión de esquema %2).</translation>
    </message>
    <message>
        <source>Imported %1 families, %2 patients, %3 charges, %4 adjustments, %5 payments and %6 splits from %7.</source>
        <translation>Se importaron %1 familias, %2 pacientes, %3 cargos, %4 ajustes, %5 pagos y %6 repartos desde %7.</translation>
    </message>
    <message>
        <source>The ledger is consistent.</source>
        <translation>El libro de cuentas es coherente.</translation>
    </message>
    <message>
        <source>%1 errors, %2 warnings.</source>
        <translation>%1 errores, %2 advertencias.</translation>
    </message>
    <message>
        <source>Added a demo practice (seed %1): %2 families, %3 patients, %4 charges, %5 adjustments, %6 payments, %7 allocations.</source>
        <translation>Se añadió un consultorio de demostración (semilla %1): %2 familias, %3 pacientes, %4 cargos, %5 ajustes, %6 pagos, %7 aplicaciones.</translation>
    </message>
    <message>
        <source>Cannot create a scratch folder: %1</source>
        <translation>No se puede crear una carpeta temporal: %1</translation>
    </message>
    <message>
        <source>Entered charge #%1.</source>
        <translation>Se registró el cargo n.º %1.</translation>
    </message>
    <message>
        <source>%1: an adjustment attached to a charge takes the charge&apos;s provider and clinic.</source>
        <translation>%1: un ajuste asociado a un cargo toma el profesional y la clínica del cargo.</translation>
    </message>
    <message>
        <source>%1 is required by adjustment add unless --charge is given.</source>
        <translation>adjustment add requiere %1 salvo que se indique --charge.</translation>
    </message>
    <message>
        <source>Entered adjustment #%1.</source>
        <translation>Se registró el ajuste n.º %1.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a positive whole number.</source>
        <translation>%1: «%2» no es un número entero positivo.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a whole number from 1 to %3.</source>
        <translation>%1: «%2» no es un número entero de 1 a %3.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a whole number from 0 to %3.</source>
        <translation>%1: «%2» no es un número entero de 0 a %3.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a date; write it as YYYY-MM-DD.</source>
        <translation>%1: «%2» no es una fecha; escríbala como AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a payment method; use one of %3.</source>
        <translation>%1: «%2» no es una forma de pago; use una de estas: %3.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a folder.</source>
        <translation>%1: «%2» no es una carpeta.</translation>
    </message>
    <message>
        <source>%1: the value is empty.</source>
        <translation>%1: falta el valor.</translation>
    </message>
    <message>
        <source>%1 is given more than once.</source>
        <translation>%1 se indica más de una vez.</translation>
    </message>
    <message>
        <source>%1 takes no value (given &quot;%2&quot;).</source>
        <translation>%1 no lleva valor (se indicó «%2»).</translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 necesita un valor.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not expected after %2.</source>
        <translation>No se esperaba «%1» después de %2.</translation>
    </message>
    <message>
        <source>%1 needs %2.</source>
        <translation>%1 necesita %2.</translation>
    </message>
    <message>
        <source>%1 is required by %2.</source>
        <translation>%2 requiere %1.</translation>
    </message>
    <message>
        <source>Added patient #%1 to family %2.</source>
        <translation>Se añadió el paciente n.º %1 a la familia %2.</translation>
    </message>
    <message>
        <source>charge #%1</source>
        <translation>cargo n.º %1</translation>
    </message>
    <message>
        <source>adjustment #%1</source>
        <translation>ajuste n.º %1</translation>
    </message>
    <message>
        <source>unearned income</source>
        <translation>ingreso anticipado</translation>
    </message>
    <message>
        <source>  %1 to %2</source>
        <translation>  %1 a %2</translation>
    </message>
    <message>
        <source>allocate needs exactly one of --auto, --charge ID --amount A, --unearned --amount A.</source>
        <translation>allocate necesita exactamente una de estas opciones: --auto, --charge ID --amount A, --unearned --amount A.</translation>
    </message>
    <message>
        <source>--amount does not go with --auto: it allocates all of the unallocated credit.</source>
        <translation>--amount no va con --auto: esta aplica todo el crédito sin aplicar.</translation>
    </message>
    <message>
        <source>--amount is required by allocate with --charge or --unearned.</source>
        <translation>--amount es obligatorio en allocate con --charge o --unearned.</translation>
    </message>
    <message>
        <source>--patient-first only goes with --auto.</source>
        <translation>--patient-first solo va con --auto.</translation>
    </message>
    <message>
        <source>--patient-first only goes with --auto-allocate.</source>
        <translation>--patient-first solo va con --auto-allocate.</translation>
    </message>
    <message>
        <source>Posted payment #%1 of %2.</source>
        <translation>Se registró el pago n.º %1 de %2.</translation>
    </message>
    <message>
        <source>  %1 unallocated</source>
        <translation>  %1 sin aplicar</translation>
    </message>
    <message>
        <source>Payment #%1: nothing to allocate (no unallocated credit or no open charges).</source>
        <translation>Pago n.º %1: nada que aplicar (no hay crédito sin aplicar o no hay cargos abiertos).</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familia</translation>
    </message>
    <message>
        <source>Posted by</source>
        <translation>Registrado por</translation>
    </message>
    <message>
        <source>By method</source>
        <translation>Por forma de pago</translation>
    </message>
    <message>
        <source>By user</source>
        <translation>Por usuario</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Deposit report for %1</source>
        <translation>Informe de depósito del %1</translation>
    </message>
    <message>
        <source>No payments on this day.</source>
        <translation>No hay pagos en este día.</translation>
    </message>
    <message>
        <source>Wrote the deposit report for %1 (%2 payments, total %3) to %4.</source>
        <translation>Se escribió el informe de depósito del %1 (%2 pagos, total %3) en %4.</translation>
    </message>
    <message>
        <source>Wrote %1 rows of %2 to %3.</source>
        <translation>Se escribieron %1 filas de %2 en %3.</translation>
    </message>
    <message>
        <source>Dry run of %1: nothing was written.</source>
        <translation>Simulación de %1: no se escribió nada.</translation>
    </message>
    <message>
        <source>Run #%1: %2.</source>
        <translation>Ejecución n.º %1: %2.</translation>
    </message>
    <message>
        <source>Families seen %1, changed %2, refused %3; rows written %4; amount moved %5.</source>
        <translation>Familias revisadas %1, cambiadas %2, rechazadas %3; filas escritas %4; importe movido %5.</translation>
    </message>
    <message>
        <source>Refused because</source>
        <translation>Motivo del rechazo</translation>
    </message>
    <message>
        <source>--undo: %1 cannot be given with it; an undo reverses the whole run.</source>
        <translation>--undo: no se puede indicar %1 junto con esta opción; deshacer revierte la ejecución entera.</translation>
    </message>
    <message>
        <source>undo of run #%1</source>
        <translation>deshacer la ejecución n.º %1</translation>
    </message>
    <message>
        <source>--method: required (transfer-rigorous, transfer-fifo or recreate), unless --undo RUN is given.</source>
        <translation>--method: obligatorio (transfer-rigorous, transfer-fifo o recreate), salvo que se indique --undo RUN.</translation>
    </message>
    <message>
        <source>family %1: %2</source>
        <translation>familia %1: %2</translation>
    </message>
    <message>
        <source>There are no families to balance.</source>
        <translation>No hay familias que equilibrar.</translation>
    </message>
    <message>
        <source>Every family was refused; nothing was balanced.</source>
        <translation>Se rechazaron todas las familias; no se equilibró nada.</translation>
    </message>
    <message>
        <source>Wrote %1 families holding %2 of unearned income to %3.</source>
        <translation>Se escribieron en %3 %1 familias con %2 de ingreso anticipado.</translation>
    </message>
    <message>
        <source>Guarantor</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Unearned</source>
        <translation>Anticipos</translation>
    </message>
    <message>
        <source>Oldest</source>
        <translation>Más antiguo</translation>
    </message>
    <message>
        <source>Days held</source>
        <translation>Días</translation>
    </message>
    <message>
        <source>Charges owe</source>
        <translation>Deben los cargos</translation>
    </message>
    <message>
        <source>Net unearned income on %1</source>
        <translation>Anticipos netos al %1</translation>
    </message>
    <message>
        <source>No family holds unearned income.</source>
        <translation>Ninguna familia tiene anticipos.</translation>
    </message>
    <message>
        <source>%1 families hold %2; their charges owe %3.</source>
        <translation>%1 familias tienen %2; sus cargos deben %3.</translation>
    </message>
    <message>
        <source>Families holding unearned income, with the amount, the oldest date and days held, and what their charges still owe: a table, JSON with --json, or a CSV file with --csv.</source>
        <translation>Familias con ingreso anticipado, con el importe, la fecha más antigua y los días retenidos, y lo que aún deben sus cargos: una tabla, JSON con --json o un archivo CSV con --csv.</translation>
    </message>
    <message>
        <source>Family Balancer: attributes each family&apos;s patient money to the charges it paid (income transfers, or recreated payment splits) without changing any family&apos;s balance or any payment, and prints the summary. Payments, charges and adjustments dated after --as-of are left alone. --void-transfers first reverses earlier transfers; --dry-run writes nothing; --undo reverses a whole run. Exit status 1 when a single --family was refused or nothing could be balanced.</source>
        <translation>Equilibrador de familias: atribuye el dinero de pacientes de cada familia a los cargos que pagó (transferencias de ingresos o repartos de pagos rehechos) sin cambiar el saldo de ninguna familia ni ningún pago, e imprime el resumen. Los pagos, cargos y ajustes con fecha posterior a --as-of no se tocan. --void-transfers revierte primero las transferencias anteriores; --dry-run no escribe nada; --undo revierte una ejecución entera. Código de salida 1 si se rechazó la única familia indicada con --family o si no se pudo equilibrar nada.</translation>
    </message>
    <message>
        <source>Adds a generated practice of N families (default 100,000) and balances all of them with the Family Balancer (default method transfer-fifo), printing the time, peak memory and rows written, then runs the method again (it must write nothing). Without --db it works on a scratch SQLite file.</source>
        <translation>Añade un consultorio generado de N familias (por omisión, 100 000) y las equilibra todas con el equilibrador de familias (método por omisión: transfer-fifo), e imprime el tiempo, el pico de memoria y las filas escritas; después ejecuta de nuevo el método (no debe escribir nada). Sin --db trabaja sobre un archivo SQLite temporal.</translation>
    </message>
    <message>
        <source>Insurance: %1 claims, %2 claim procedures and %3 as-total claim payments.</source>
        <translation>Seguro: %1 reclamaciones, %2 procedimientos de reclamaciones y %3 pagos globales de reclamaciones.</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>Seguro</translation>
    </message>
    <message>
        <source>Write-off</source>
        <translation>Cancelación</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>%1 of charge #%2</source>
        <translation>%1 del cargo n.º %2</translation>
    </message>
    <message>
        <source>Imports a folder of PayDesk CSV files (patients.csv, charges.csv, adjustments.csv, payments.csv, optional splits.csv, claims.csv, claim_procs.csv, claim_payments.csv and procedure_codes.csv), all or nothing, and prints what it imported.</source>
        <translation>Importa una carpeta de archivos CSV de PayDesk (patients.csv, charges.csv, adjustments.csv, payments.csv y, opcionales, splits.csv, claims.csv, claim_procs.csv, claim_payments.csv y procedure_codes.csv), todo o nada, e indica lo que importó.</translation>
    </message>
    <message>
        <source>Enters a charge. P and K are provider and clinic codes, created when new. Without --description or --amount, the procedure code&apos;s description and fee are taken from the practice&apos;s table (refused when it has none). Prints the charge id.</source>
        <translation>Registra un cargo. P y K son los códigos del profesional y de la clínica, que se crean si son nuevos. Sin --description o --amount, la descripción y la tarifa se toman del código de procedimiento en la tabla del consultorio (se rechaza si no las tiene). Imprime el id del cargo.</translation>
    </message>
    <message>
        <source>Voids a charge entered by mistake: takes back what was allocated to it (the money goes back to its payments as unallocated credit) and writes a void dated today that brings its balance to 0.00. Refused for a charge on an insurance claim. Prints the void&apos;s id.</source>
        <translation>Anula un cargo registrado por error: retira lo que se le aplicó (el dinero vuelve a sus pagos como crédito sin aplicar) y escribe una anulación con fecha de hoy que deja su saldo en 0.00. Se rechaza si el cargo está en una reclamación al seguro. Imprime el id de la anulación.</translation>
    </message>
    <message>
        <source>Enters a signed adjustment of one of the practice&apos;s types, with the type&apos;s sign (a discount or write-off is negative, a fee positive). Attached to a charge it takes the charge&apos;s provider and clinic; on its own it needs provider and clinic codes. Prints the adjustment id.</source>
        <translation>Registra un ajuste con signo, de uno de los tipos del consultorio y con el signo del tipo (un descuento o una cancelación es negativo; un recargo, positivo). Asociado a un cargo, toma el profesional y la clínica del cargo; independiente, necesita los códigos del profesional y de la clínica. Imprime el id del ajuste.</translation>
    </message>
    <message>
        <source>Voids an adjustment entered by mistake with a reversing one dated today. What was allocated to a stand-alone adjustment goes back to its payments as credit, as does what overpays a charge once its fee is voided. Prints the void&apos;s id.</source>
        <translation>Anula un ajuste registrado por error con otro de reversión con fecha de hoy. Lo aplicado a un ajuste independiente vuelve a sus pagos como crédito, igual que lo que paga de más en un cargo una vez anulado su recargo. Imprime el id de la anulación.</translation>
    </message>
    <message>
        <source>The balance of every family that owes, aged 0-30, 31-60, 61-90 and over 90 days by the charges it comes from (money pays the oldest first), with totals per bucket: a table, JSON with --json, or a CSV file with --csv.</source>
        <translation>El saldo de cada familia que debe, por antigüedad (0-30, 31-60, 61-90 y más de 90 días) según los cargos de los que procede (el dinero paga primero los más antiguos), con totales por tramo: una tabla, JSON con --json o un archivo CSV con --csv.</translation>
    </message>
    <message>
        <source>Lists the practice&apos;s settings: each key with its value (marked when it is the default), its type and what it is for. With --json: a list &quot;settings&quot; of objects with key, value, default, type and meaning.</source>
        <translation>Muestra los parámetros del consultorio: cada clave con su valor (marcado cuando es el valor por omisión), su tipo y para qué sirve. Con --json: una lista &quot;settings&quot; de objetos con key, value, default, type y meaning.</translation>
    </message>
    <message>
        <source>Changes a practice setting (see config list for the keys); an empty VALUE (&quot;&quot;) clears a date or a text. A value of the wrong type or an unknown key is refused and nothing is written; every change is recorded in the audit trail with the value before and after.</source>
        <translation>Cambia un parámetro del consultorio (las claves, en config list); un VALUE vacío (&quot;&quot;) deja sin valor una fecha o un texto. Un valor de tipo incorrecto o una clave desconocida se rechazan y no se escribe nada; cada cambio queda en el registro de auditoría con el valor anterior y el nuevo.</translation>
    </message>
    <message>
        <source>%1 = %2 (default)</source>
        <translation>%1 = %2 (por omisión)</translation>
    </message>
    <message>
        <source>Type: %1. %2</source>
        <translation>Tipo: %1. %2</translation>
    </message>
    <message>
        <source>%1 is already %2; nothing changed.</source>
        <translation>%1 ya es %2; no cambió nada.</translation>
    </message>
    <message>
        <source>%1 is now %2 (it was %3).</source>
        <translation>%1 ahora es %2 (antes era %3).</translation>
    </message>
    <message>
        <source>Procedure codes: %1 added or changed.</source>
        <translation>Códigos de procedimiento: %1 añadidos o cambiados.</translation>
    </message>
    <message>
        <source>%1: procedure code &quot;%2&quot; is not in the practice&apos;s table, so it has nothing to fill in; give %1.</source>
        <translation>%1: el código de procedimiento «%2» no está en la tabla del consultorio, así que no hay nada que rellenar; indique %1.</translation>
    </message>
    <message>
        <source>--amount: procedure code &quot;%1&quot; has no fee; give --amount.</source>
        <translation>--amount: el código de procedimiento «%1» no tiene tarifa; indique --amount.</translation>
    </message>
    <message>
        <source>Entered void #%1 of %2 (%3); %4 returned to payments as credit.</source>
        <translation>Se registró la anulación n.º %1 del %2 (%3); %4 volvieron a los pagos como crédito.</translation>
    </message>
    <message>
        <source>  %1 to payment #%2</source>
        <translation>  %1 al pago n.º %2</translation>
    </message>
    <message>
        <source>Allocation #%1: %2 of payment #%3 to %4.</source>
        <translation>Aplicación n.º %1: %2 del pago n.º %3 a %4.</translation>
    </message>
    <message>
        <source>Posted void #%1 of payment #%2.</source>
        <translation>Se registró la anulación n.º %1 del pago n.º %2.</translation>
    </message>
    <message>
        <source>Posted refund #%1: %2 of payment #%3, by %4.</source>
        <translation>Se registró el reembolso n.º %1: %2 del pago n.º %3, con %4.</translation>
    </message>
    <message>
        <source>Aging as of %1</source>
        <translation>Antigüedad de saldos al %1</translation>
    </message>
    <message>
        <source>No family owes anything on this day.</source>
        <translation>Ninguna familia debe nada en este día.</translation>
    </message>
    <message>
        <source>Wrote the aging as of %1 (%2 families owing %3) to %4.</source>
        <translation>Se escribió la antigüedad de saldos al %1 (%2 familias que deben %3) en %4.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an option of %2; see %3 --help.</source>
        <translation>«%1» no es una opción de %2; consulte %3 --help.</translation>
    </message>
    <message>
        <source>Wrote %1 audit rows to %2.</source>
        <translation>Se escribieron %1 filas de auditoría en %2.</translation>
    </message>
    <message>
        <source>No audit rows match.</source>
        <translation>Ninguna fila de auditoría coincide.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Contraseña de %1: </translation>
    </message>
    <message>
        <source>This database is secured: sign in with --user NAME --password-file FILE (a file only its owner may read, holding the password), or run the command on a terminal to be asked for the password.</source>
        <translation>Esta base de datos está protegida: inicie sesión con --user NOMBRE --password-file ARCHIVO (un archivo que solo su propietario puede leer y que contiene la contraseña), o ejecute la orden en un terminal para que se le pida la contraseña.</translation>
    </message>
    <message>
        <source>Adds a user (an administrator&apos;s work once the database is secured). The password, at least 8 characters, is read from F, a file only its owner may read (chmod 600). The first administrator given a password secures the database for good: from then on every command signs in and roles are enforced. The names daily-run and nightly-run are reserved.</source>
        <translation>Añade un usuario (tarea de un administrador una vez protegida la base de datos). La contraseña, de al menos 8 caracteres, se lee de F, un archivo que solo su propietario puede leer (chmod 600). El primer administrador que recibe una contraseña protege la base de datos para siempre: desde entonces cada orden inicia sesión y se aplican los roles. Los nombres daily-run y nightly-run están reservados.</translation>
    </message>
    <message>
        <source>Lists the users: name, role, whether active, and the last sign-in (UTC). With --json: a list &quot;users&quot; of objects with name, role, active and last_sign_in. Never a password or its hash.</source>
        <translation>Lista los usuarios: nombre, rol, si está activo y el último inicio de sesión (UTC). Con --json: una lista «users» de objetos con name, role, active y last_sign_in. Nunca una contraseña ni su hash.</translation>
    </message>
    <message>
        <source>Sets a user&apos;s password from F (at least 8 characters; a file only its owner may read). An administrator sets anyone&apos;s; any user its own, signed in with the current one.</source>
        <translation>Fija la contraseña de un usuario desde F (al menos 8 caracteres; un archivo que solo su propietario puede leer). Un administrador fija la de cualquiera; cada usuario la suya, tras iniciar sesión con la actual.</translation>
    </message>
    <message>
        <source>Gives a user another role. The last active administrator keeps the role.</source>
        <translation>Da otro rol a un usuario. El último administrador activo conserva el rol.</translation>
    </message>
    <message>
        <source>Disables a user: it can no longer sign in; what it did stays in the ledger and the audit trail. The last active administrator cannot be disabled.</source>
        <translation>Desactiva un usuario: ya no puede iniciar sesión; lo que hizo sigue en el libro mayor y en el registro de auditoría. El último administrador activo no se puede desactivar.</translation>
    </message>
    <message>
        <source>Enables a disabled user again.</source>
        <translation>Vuelve a activar un usuario desactivado.</translation>
    </message>
    <message>
        <source>who is acting, for the audit trail (default: the login name); on a secured database the user who signs in</source>
        <translation>quién actúa, para el registro de auditoría (predeterminado: el nombre de inicio de sesión del sistema); en una base de datos protegida, el usuario que inicia sesión</translation>
    </message>
    <message>
        <source>on a secured database, the file holding --user&apos;s password; only its owner may read it (chmod 600). Without it, a terminal asks for the password</source>
        <translation>en una base de datos protegida, el archivo con la contraseña de --user; solo su propietario puede leerlo (chmod 600). Sin él, un terminal pide la contraseña</translation>
    </message>
    <message>
        <source>%1: there is no file %2.</source>
        <translation>%1: no existe el archivo %2.</translation>
    </message>
    <message>
        <source>%1: %2 is not a regular file.</source>
        <translation>%1: %2 no es un archivo normal.</translation>
    </message>
    <message>
        <source>%1: %2 may be read by other users (mode %3); make it readable by its owner only: chmod 600 %2.</source>
        <translation>%1: otros usuarios pueden leer %2 (modo %3); haga que solo su propietario pueda leerlo: chmod 600 %2.</translation>
    </message>
    <message>
        <source>%1: cannot read %2: %3.</source>
        <translation>%1: no se puede leer %2: %3.</translation>
    </message>
    <message>
        <source>%1: %2 is longer than %3 bytes; it should hold the password alone.</source>
        <translation>%1: %2 ocupa más de %3 bytes; debe contener solo la contraseña.</translation>
    </message>
    <message>
        <source>%1: the file %2 is empty.</source>
        <translation>%1: el archivo %2 está vacío.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a role; use front-desk, billing-manager or administrator.</source>
        <translation>%1: «%2» no es un rol; use front-desk, billing-manager o administrator.</translation>
    </message>
    <message>
        <source>%1 is enabled.</source>
        <translation>%1 está activado.</translation>
    </message>
    <message>
        <source>%1 is disabled.</source>
        <translation>%1 está desactivado.</translation>
    </message>
    <message>
        <source>Added %1 as %2.</source>
        <translation>Se añadió %1 como %2.</translation>
    </message>
    <message>
        <source>There are no users yet: the database is open to anyone named by --user.</source>
        <translation>Aún no hay usuarios: la base de datos está abierta a cualquiera que se nombre con --user.</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Último inicio de sesión</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>The password of %1 is changed.</source>
        <translation>Se ha cambiado la contraseña de %1.</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 es ahora %2.</translation>
    </message>
    <message>
        <source>The audit trail, newest first: at (UTC), user, action, entity, entity_id, before and after (the record as JSON). --family keeps the rows about a family, its patients and their ledger rows; --user, --action and --since (that day or later, in the practice&apos;s time zone) filter further. A table, JSON with --json (a list &quot;entries&quot;), or a CSV file with --csv. Here --user filters: name the user who signs in with --user before the command.</source>
        <translation>El registro de auditoría, lo más reciente primero: at (UTC), user, action, entity, entity_id, before y after (el registro en JSON). --family conserva las filas de una familia, sus pacientes y sus movimientos; --user, --action y --since (ese día o después, en la zona horaria del consultorio) filtran más. Una tabla, JSON con --json (una lista «entries») o un archivo CSV con --csv. Aquí --user filtra: indique el usuario que inicia sesión con --user antes de la orden.</translation>
    </message>
    <message>
        <source>Family %1 is on a payment plan of %2 a month from %3 (plan %4).</source>
        <translation>La familia %1 tiene un plan de pagos de %2 al mes desde el %3 (plan %4).</translation>
    </message>
    <message>
        <source>Family %1&apos;s payment plan is disabled: the family is back in standard billing.</source>
        <translation>El plan de pagos de la familia %1 está desactivado: la familia vuelve a la facturación normal.</translation>
    </message>
    <message>
        <source>Family %1&apos;s payment plan is now %2 a month.</source>
        <translation>El plan de pagos de la familia %1 es ahora de %2 al mes.</translation>
    </message>
    <message>
        <source>Family %1 is &quot;%2&quot;.</source>
        <translation>La familia %1 está en «%2».</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Family %1 (%2): %3</source>
        <translation>Familia %1 (%2): %3</translation>
    </message>
    <message>
        <source>  balance %1, statements sent %2, last statement %3, next statement %4</source>
        <translation>  saldo %1, estados de cuenta enviados %2, último estado de cuenta %3, próximo estado de cuenta %4</translation>
    </message>
    <message>
        <source>  %1; billing resumes on %2</source>
        <translation>  %1; la facturación se reanuda el %2</translation>
    </message>
    <message>
        <source>  plan %1: %2 a month from %3, last payment %4</source>
        <translation>  plan %1: %2 al mes desde el %3, último pago %4</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 el %2</translation>
    </message>
    <message>
        <source>  days since last payment: %1</source>
        <translation>  días desde el último pago: %1</translation>
    </message>
    <message>
        <source>  ended on %1 by %2%3</source>
        <translation>  finalizado el %1 por %2%3</translation>
    </message>
    <message>
        <source>Wrote %1 families to %2.</source>
        <translation>Se escribieron %1 familias en %2.</translation>
    </message>
    <message>
        <source>No families are on this list.</source>
        <translation>No hay ninguna familia en esta lista.</translation>
    </message>
    <message>
        <source>Writes the family&apos;s latest statement to a PDF file, or its current account (as of today, the balance now) when none was sent. Printing is not sending: nothing is written to the database.</source>
        <translation>Escribe en un archivo PDF el último estado de cuenta de la familia o, si no se envió ninguno, la situación actual de su cuenta (a fecha de hoy, con el saldo actual). Imprimir no es enviar: no se escribe nada en la base de datos.</translation>
    </message>
    <message>
        <source>Writes every statement the daily run sent on that date to one PDF file, one per page, for mailing. Exit status 1 naming the date when none was sent that day. Printing is not sending: nothing is written to the database.</source>
        <translation>Escribe en un solo archivo PDF todos los estados de cuenta que la ejecución diaria envió en esa fecha, uno por página, para enviarlos por correo. Termina con estado 1, indicando la fecha, si ese día no se envió ninguno. Imprimir no es enviar: no se escribe nada en la base de datos.</translation>
    </message>
    <message>
        <source>Ends a family&apos;s payment plan: the family returns to standard billing at once, without a suspension.</source>
        <translation>Finaliza el plan de pagos de una familia: la familia vuelve a la facturación normal de inmediato, sin suspensión.</translation>
    </message>
    <message>
        <source>Queues a family in &quot;Suspended - Pending write-off&quot; for statements again.</source>
        <translation>Vuelve a poner en cola para estados de cuenta a una familia que está en «Suspended - Pending write-off».</translation>
    </message>
    <message>
        <source>A family&apos;s patient billing: its status as the Patient Billing page shows it, balance, statements sent, last and next statement, the date billing resumes after a disabled plan, and its latest payment plan (with days since the last payment as of the last daily run). --json prints the object the lists are made of.</source>
        <translation>La facturación de pacientes de una familia: su estado tal como lo muestra la página Facturación de pacientes, saldo, estados de cuenta enviados, último y próximo estado de cuenta, la fecha en que se reanuda la facturación tras un plan desactivado y su último plan de pagos (con los días desde el último pago a la fecha de la última ejecución diaria). --json imprime el objeto del que se componen las listas.</translation>
    </message>
    <message>
        <source>The families on one tab of the Patient Billing page, in account order: as a table, as JSON with --json (a list of the objects billing status prints), or a CSV file with --csv (the JSON keys as headers; the plans list keeps ZOLL&apos;s header, MontlyPaymentPlanAmount included). --filter keeps the families whose guarantor&apos;s name words begin with the words given, in any order, or whose account number is given.</source>
        <translation>Las familias de una pestaña de la página Facturación de pacientes, por orden de cuenta: como tabla, como JSON con --json (una lista de los objetos que imprime billing status) o como archivo CSV con --csv (las claves JSON como encabezados; la lista de planes conserva el encabezado de ZOLL, MontlyPaymentPlanAmount incluido). --filter deja las familias cuyo responsable tiene un nombre cuyas palabras empiezan por las palabras indicadas, en cualquier orden, o cuyo número de cuenta se indica.</translation>
    </message>
    <message>
        <source>Adds a generated practice of N families (default 100,000) whose history ends 32 days ago, puts M of those that owe on payment plans (default 50,000), then times the first daily run, one day&apos;s run after a day of payments, and a 30-day catch-up, with peak memory. Without --db it works on a scratch SQLite file.</source>
        <translation>Añade un consultorio generado de N familias (predeterminado: 100.000) cuyo historial termina hace 32 días, pone en planes de pagos a M de las que deben (predeterminado: 50.000) y luego mide el tiempo de la primera ejecución diaria, de la ejecución de un día tras un día de pagos y de una puesta al día de 30 días, con el pico de memoria. Sin --db trabaja sobre un archivo SQLite temporal.</translation>
    </message>
    <message>
        <source>The mailing address of family %1 is now:
%2</source>
        <translation>La dirección postal de la familia %1 es ahora:
%2</translation>
    </message>
    <message>
        <source>Wrote the statement of family %1 to %2.</source>
        <translation>Se escribió el estado de cuenta de la familia %1 en %2.</translation>
    </message>
    <message>
        <source>Statements of %1: %2, written to %3 one per page.</source>
        <translation>Estados de cuenta del %1: %2, escritos en %3, uno por página.</translation>
    </message>
    <message>
        <source>Changes the monthly amount of a family&apos;s enabled plan, with the same checks as plan enable.</source>
        <translation>Cambia el importe mensual del plan activo de una familia, con las mismas comprobaciones que plan enable.</translation>
    </message>
    <message>
        <source>Sets the mailing address printed under the guarantor&apos;s name on the family&apos;s statements: several lines (write \n between them, or quote real line breaks), at most 500 characters, no other control character; --clear removes it. Recorded in the audit trail with the address before and after.</source>
        <translation>Establece la dirección postal que se imprime bajo el nombre del responsable en los estados de cuenta de la familia: varias líneas (escriba \n entre ellas o entrecomille saltos de línea reales), 500 caracteres como máximo, sin ningún otro carácter de control; --clear la elimina. Queda en el registro de auditoría con la dirección anterior y la nueva.</translation>
    </message>
    <message>
        <source>family address needs exactly one of --address TEXT, --clear.</source>
        <translation>family address necesita exactamente uno de --address TEXT, --clear.</translation>
    </message>
    <message>
        <source>Payment Amount (--amount): %1</source>
        <translation>Importe del pago (--amount): %1</translation>
    </message>
    <message>
        <source>Payment Days (--days): &quot;%1&quot; is not a whole number.</source>
        <translation>Días entre pagos (--days): «%1» no es un número entero.</translation>
    </message>
    <message>
        <source>%1: only with --webpay (CGM webPAY).</source>
        <translation>%1: solo con --webpay (CGM webPAY).</translation>
    </message>
    <message>
        <source>non-delinquent payment plan</source>
        <translation>plan de pagos no moroso</translation>
    </message>
    <message>
        <source>collection payment plan</source>
        <translation>plan de pagos de cobranza</translation>
    </message>
    <message>
        <source>%1 of %2 every %3 days from %4, next payment %5, status for default %6</source>
        <translation>%1 de %2 cada %3 días desde el %4, próximo pago el %5, estado por incumplimiento %6</translation>
    </message>
    <message>
        <source>  no collection status</source>
        <translation>  sin estado de cobranza</translation>
    </message>
    <message>
        <source>  collection status %1</source>
        <translation>  estado de cobranza %1</translation>
    </message>
    <message>
        <source>Family %1 is on a payment plan in collections.</source>
        <translation>La familia %1 tiene un plan de pagos en cobranza.</translation>
    </message>
    <message>
        <source>Nothing to change: give %1.</source>
        <translation>Nada que cambiar: indique %1.</translation>
    </message>
    <message>
        <source>Family %1&apos;s payment plan in collections is changed.</source>
        <translation>Se modificó el plan de pagos en cobranza de la familia %1.</translation>
    </message>
    <message>
        <source>Family %1&apos;s payment plan in collections has ended.</source>
        <translation>Finalizó el plan de pagos en cobranza de la familia %1.</translation>
    </message>
    <message>
        <source>--days: &quot;%1&quot; is not a whole number from 0 to 999.</source>
        <translation>--days: «%1» no es un número entero de 0 a 999.</translation>
    </message>
    <message>
        <source>Added merchant &quot;%1&quot;.</source>
        <translation>Se añadió el comercio «%1».</translation>
    </message>
    <message>
        <source>Added payment method &quot;%1&quot;.</source>
        <translation>Se añadió el método de pago «%1».</translation>
    </message>
    <message>
        <source>No merchants yet.</source>
        <translation>Aún no hay comercios.</translation>
    </message>
    <message>
        <source>No payment methods yet.</source>
        <translation>Aún no hay métodos de pago.</translation>
    </message>
    <message>
        <source>Added collection status code %1.</source>
        <translation>Se añadió el código de estado de cobranza %1.</translation>
    </message>
    <message>
        <source>--next and --no-next: give one of them.</source>
        <translation>--next y --no-next: indique uno de los dos.</translation>
    </message>
    <message>
        <source>Changed collection status code %1.</source>
        <translation>Se modificó el código de estado de cobranza %1.</translation>
    </message>
    <message>
        <source>Deleted collection status code %1.</source>
        <translation>Se eliminó el código de estado de cobranza %1.</translation>
    </message>
    <message>
        <source>The Collection Status Table is empty.</source>
        <translation>La Tabla de estados de cobranza está vacía.</translation>
    </message>
    <message>
        <source>Days to Remain</source>
        <translation>Días de permanencia</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Added the default collection status codes and turned collections on (collections.initial_status IC).</source>
        <translation>Se añadieron los códigos de estado de cobranza por omisión y se activó la cobranza (collections.initial_status IC).</translation>
    </message>
    <message>
        <source>Added billing group &quot;%1&quot; (suppresses collections).</source>
        <translation>Se añadió el grupo de facturación «%1» (suprime la cobranza).</translation>
    </message>
    <message>
        <source>Added billing group &quot;%1&quot;.</source>
        <translation>Se añadió el grupo de facturación «%1».</translation>
    </message>
    <message>
        <source>--suppress-collections or --no-suppress-collections: give one of them.</source>
        <translation>--suppress-collections o --no-suppress-collections: indique uno de los dos.</translation>
    </message>
    <message>
        <source>Billing group &quot;%1&quot; suppresses collections.</source>
        <translation>El grupo de facturación «%1» suprime la cobranza.</translation>
    </message>
    <message>
        <source>Billing group &quot;%1&quot; does not suppress collections.</source>
        <translation>El grupo de facturación «%1» no suprime la cobranza.</translation>
    </message>
    <message>
        <source>Family %1 is in billing group &quot;%2&quot;.</source>
        <translation>La familia %1 está en el grupo de facturación «%2».</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>Cobranza</translation>
    </message>
    <message>
        <source>suppressed</source>
        <translation>suprimida</translation>
    </message>
    <message>
        <source>on</source>
        <translation>activada</translation>
    </message>
    <message>
        <source>Wrote %1 rows to %2.</source>
        <translation>Se escribieron %1 filas en %2.</translation>
    </message>
    <message>
        <source>Family %1 is in collection status %2.</source>
        <translation>La familia %1 está en el estado de cobranza %2.</translation>
    </message>
    <message>
        <source>Family %1 is out of collections.</source>
        <translation>La familia %1 salió de cobranza.</translation>
    </message>
    <message>
        <source>Family %1: no collection status</source>
        <translation>Familia %1: sin estado de cobranza</translation>
    </message>
    <message>
        <source>Family %1: collection status %2 (%3) since %4</source>
        <translation>Familia %1: estado de cobranza %2 (%3) desde el %4</translation>
    </message>
    <message>
        <source>  %1 plan, %2: %3 every %4 days from %5, next payment %6, status for default %7</source>
        <translation>  plan %1, %2: %3 cada %4 días desde el %5, próximo pago el %6, estado por incumplimiento %7</translation>
    </message>
    <message>
        <source>  last payment %1</source>
        <translation>  último pago %1</translation>
    </message>
    <message>
        <source>  CGM webPAY: merchant %1, payment method %2, card holder %3 %4</source>
        <translation>  CGM webPAY: comercio %1, método de pago %2, titular de la tarjeta %3 %4</translation>
    </message>
    <message>
        <source>  history:</source>
        <translation>  historial:</translation>
    </message>
    <message>
        <source>code</source>
        <translation>código</translation>
    </message>
    <message>
        <source>from</source>
        <translation>desde</translation>
    </message>
    <message>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>by</source>
        <translation>por</translation>
    </message>
    <message>
        <source>note</source>
        <translation>nota</translation>
    </message>
    <message>
        <source>(out)</source>
        <translation>(fuera)</translation>
    </message>
    <message>
        <source>No accounts are in a collection status.</source>
        <translation>Ninguna cuenta está en un estado de cobranza.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Accounts by status: %1</source>
        <translation>Cuentas por estado: %1</translation>
    </message>
    <message>
        <source>No CGM webPAY instalments are due on %1.</source>
        <translation>No vence ninguna cuota de CGM webPAY el %1.</translation>
    </message>
    <message>
        <source>Collections are off: set collections.initial_status to a collection status code first (config set), or use run-daily for the billing steps alone.</source>
        <translation>La cobranza está desactivada: primero asigne a collections.initial_status un código de estado de cobranza (config set) o use run-daily solo para los pasos de facturación.</translation>
    </message>
    <message>
        <source>Puts a family on a monthly payment plan of A from --start (default today). Refused when the family owes nothing, A is not more than zero or is more than the balance, the start is after today, a plan is already enabled, or a payment plan in collections is active (collections plan add). Cancels a pending resume of billing.</source>
        <translation>Pone a una familia en un plan de pagos mensual de A desde --start (por omisión, hoy). Se rechaza si la familia no debe nada, si A no es mayor que cero o es mayor que el saldo, si el inicio es posterior a hoy, si ya hay un plan activo o si hay un plan de pagos en cobranza activo (collections plan add). Cancela una reanudación pendiente de la facturación.</translation>
    </message>
    <message>
        <source>Adds a code to the Collection Status Table (a billing manager&apos;s): 1 to 3 letters or digits, kept upper case; a description of at most 40 characters on one line; Days to Remain in Status from 0 (until a user changes it, the default) to 999; a Transfer to Next Status Code that is in the table. --json prints the code as code list does.</source>
        <translation>Añade un código a la Tabla de estados de cobranza (tarea de un responsable de facturación): de 1 a 3 letras o dígitos, guardados en mayúsculas; una descripción de como máximo 40 caracteres en una sola línea; Días de permanencia en el estado de 0 (hasta que un usuario lo cambie, el valor por omisión) a 999; un Código de estado siguiente que esté en la tabla. --json imprime el código como lo hace code list.</translation>
    </message>
    <message>
        <source>Changes a code of the Collection Status Table, with the checks of code add; a transfer that would lead back to the code (a loop) is refused. --no-next takes its Transfer to Next Status Code away.</source>
        <translation>Modifica un código de la Tabla de estados de cobranza, con las comprobaciones de code add; se rechaza una transferencia que lleve de vuelta al código (un ciclo). --no-next quita su Código de estado siguiente.</translation>
    </message>
    <message>
        <source>Deletes a code of the Collection Status Table. Refused while an account holds it or held it, a payment plan names it as its Status for Default, a collections.* setting names it or another code transfers to it.</source>
        <translation>Elimina un código de la Tabla de estados de cobranza. Se rechaza mientras una cuenta lo tenga o lo haya tenido, un plan de pagos lo indique como su Estado por incumplimiento, un parámetro collections.* lo indique u otro código se transfiera a él.</translation>
    </message>
    <message>
        <source>The Collection Status Table in code order; --json prints a list of objects with code, description, days_to_remain and next (null when none).</source>
        <translation>La Tabla de estados de cobranza por orden de código; --json imprime una lista de objetos con code, description, days_to_remain y next (null si no hay).</translation>
    </message>
    <message>
        <source>Adds a merchant that CGM webPAY payment plans can name (at most 40 characters on one line, not in the list already, ignoring case).</source>
        <translation>Añade un comercio que los planes de pagos de CGM webPAY pueden indicar (como máximo 40 caracteres en una sola línea, que no esté ya en la lista, sin distinguir mayúsculas y minúsculas).</translation>
    </message>
    <message>
        <source>The merchants, sorted; --json prints a list of names.</source>
        <translation>Los comercios, ordenados; --json imprime una lista de nombres.</translation>
    </message>
    <message>
        <source>Adds a payment method that CGM webPAY payment plans can name, with the checks of merchant add.</source>
        <translation>Añade un método de pago que los planes de pagos de CGM webPAY pueden indicar, con las comprobaciones de merchant add.</translation>
    </message>
    <message>
        <source>The webPAY payment methods, sorted; --json prints a list of names.</source>
        <translation>Los métodos de pago de webPAY, ordenados; --json imprime una lista de nombres.</translation>
    </message>
    <message>
        <source>Fills an empty Collection Status Table with CGM-like codes (IC Initial collection 30 days then C2, C2 Second notice 30 days then AG, AG Agency, ND Non-Delinquent Payment Plan, NDF Non-Delinquent Pmt Plan Failed 30 days then IC, CP Collection Payment Plan, CPF Collection Payment Plan Failed 15 days then AG) and sets the collections.* codes to them, which turns collections on. Refused when the table has codes already.</source>
        <translation>Llena una Tabla de estados de cobranza vacía con códigos similares a los de CGM (IC Cobranza inicial 30 días y luego C2, C2 Segundo aviso 30 días y luego AG, AG Agencia, ND Plan de pagos no moroso, NDF Plan de pagos no moroso fallido 30 días y luego IC, CP Plan de pagos de cobranza, CPF Plan de pagos de cobranza fallido 15 días y luego AG) y asigna esos códigos a los parámetros collections.*, lo que activa la cobranza. Se rechaza si la tabla ya tiene códigos.</translation>
    </message>
    <message>
        <source>Adds a billing group (a name of at most 40 characters, unique ignoring case); with --suppress-collections its families are kept out of the collections process.</source>
        <translation>Añade un grupo de facturación (un nombre de como máximo 40 caracteres, único sin distinguir mayúsculas y minúsculas); con --suppress-collections, sus familias quedan fuera del proceso de cobranza.</translation>
    </message>
    <message>
        <source>Checks or clears a billing group&apos;s Suppress Collections.</source>
        <translation>Marca o desmarca Suprimir cobranza en un grupo de facturación.</translation>
    </message>
    <message>
        <source>Puts a family in a billing group (every family is in one; &quot;Default&quot; until assigned).</source>
        <translation>Pone a una familia en un grupo de facturación (cada familia está en uno; «Default» hasta que se le asigne otro).</translation>
    </message>
    <message>
        <source>The billing groups by name; --json prints a list of objects with id, name and suppress_collections.</source>
        <translation>Los grupos de facturación por nombre; --json imprime una lista de objetos con id, name y suppress_collections.</translation>
    </message>
    <message>
        <source>Puts a family on a payment plan watched by the collections process: A every N days (1 to 99) from --start, the first payment due on --next (default the start plus N days, never before the start). Without --delinquent a non-delinquent plan: refused for an account that is delinquent and in collections or in a billing group with Suppress Collections; the account goes to collections.nd_plan_code. With --delinquent a collection payment plan for an account in collections; it goes to collections.plan_code. --default-status is the status a default moves it to (default the plan&apos;s failed code). --webpay: the processor collects with a card it holds; merchant and method come from the practice&apos;s lists, the zip is five digits; no card number is ever taken. Refused while the family has any active payment plan.</source>
        <translation>Pone a una familia en un plan de pagos vigilado por el proceso de cobranza: A cada N días (de 1 a 99) desde --start, con el primer pago a pagar el --next (por omisión, el inicio más N días, nunca antes del inicio). Sin --delinquent, un plan no moroso: se rechaza para una cuenta que es morosa y está en cobranza o que está en un grupo de facturación con Suprimir cobranza; la cuenta pasa a collections.nd_plan_code. Con --delinquent, un plan de pagos de cobranza para una cuenta en cobranza; pasa a collections.plan_code. --default-status es el estado al que la lleva un incumplimiento (por omisión, el código de fallo del plan). --webpay: el procesador cobra con una tarjeta que tiene guardada; el comercio y el método salen de las listas del consultorio y el código postal tiene cinco dígitos; nunca se toma un número de tarjeta. Se rechaza mientras la familia tenga cualquier plan de pagos activo.</translation>
    </message>
    <message>
        <source>Changes the terms of the family&apos;s active payment plan in collections, with the same checks as collections plan add.</source>
        <translation>Modifica las condiciones del plan de pagos activo en cobranza de la familia, con las mismas comprobaciones que collections plan add.</translation>
    </message>
    <message>
        <source>Ends the family&apos;s active payment plan in collections: after a non-delinquent plan the account leaves collections, after a collection payment plan it returns to collections.initial_status.</source>
        <translation>Finaliza el plan de pagos activo en cobranza de la familia: tras un plan no moroso la cuenta sale de cobranza; tras un plan de pagos de cobranza vuelve a collections.initial_status.</translation>
    </message>
    <message>
        <source>Puts the family&apos;s account in collection status C by hand, with a note; from then on it moves on by C&apos;s Days to Remain.</source>
        <translation>Pone manualmente la cuenta de la familia en el estado de cobranza C, con una nota; a partir de entonces avanza según los Días de permanencia de C.</translation>
    </message>
    <message>
        <source>Takes the family&apos;s account out of collections, with a note; an active payment plan in collections ends with it.</source>
        <translation>Saca de cobranza la cuenta de la familia, con una nota; un plan de pagos activo en cobranza finaliza con ella.</translation>
    </message>
    <message>
        <source>The family&apos;s collection status, since when, its history and its payment plan in collections. --json prints family, code, since, history (code, from, to, by, note) and plan (null or its terms, last payment and status).</source>
        <translation>El estado de cobranza de la familia, desde cuándo, su historial y su plan de pagos en cobranza. --json imprime family, code, since, history (code, from, to, by, note) y plan (null o sus condiciones, último pago y estado).</translation>
    </message>
    <message>
        <source>The Collection Roster: every account with a collection status (or only C), in account order, as a table with the count per status, as JSON with --json, or a CSV file with --csv; columns family, guarantor, balance, delinquent, code, days_in_status, next_payment_date, plan_status.</source>
        <translation>La lista de cobranza: todas las cuentas con un estado de cobranza (o solo C), por orden de cuenta, como tabla con el recuento por estado, como JSON con --json o como archivo CSV con --csv; columnas family, guarantor, balance, delinquent, code, days_in_status, next_payment_date, plan_status.</translation>
    </message>
    <message>
        <source>The CGM webPAY instalments due on the date: family, guarantor, amount, merchant, method and card holder of each active webPAY plan whose next payment date it is; never card data. As a table, JSON with --json, or a CSV file with --csv.</source>
        <translation>Las cuotas de CGM webPAY que vencen en la fecha: familia, responsable, importe, comercio, método y titular de la tarjeta de cada plan de webPAY activo cuya fecha del próximo pago sea esa; nunca datos de la tarjeta. Como tabla, JSON con --json o un archivo CSV con --csv.</translation>
    </message>
    <message>
        <source>Populates the Collection Roster: the daily run (run-daily) up to --date (default today), whose collections step checks, for each day, the collection plans due the day before (paid, or failed to their Status for Default), the accounts that turned delinquent (into the initial status) or owe nothing (out of collections, their plan completed), and the accounts whose Days to Remain are over (on to the next status). Prints run-daily&apos;s lines, each followed by a line of collection counts, or its JSON. Refused while collections are off (no collections.initial_status).</source>
        <translation>Genera la lista de cobranza: la facturación diaria (run-daily) hasta --date (por omisión, hoy), cuyo paso de cobranza comprueba, para cada día, los planes de cobranza que vencían el día anterior (pagados, o fallidos y enviados a su Estado por incumplimiento), las cuentas que pasaron a ser morosas (al estado inicial) o que no deben nada (fuera de cobranza, con su plan completado) y las cuentas cuyos Días de permanencia han terminado (al estado siguiente). Imprime las líneas de run-daily, cada una seguida de una línea con los recuentos de cobranza, o su JSON. Se rechaza mientras la cobranza esté desactivada (sin collections.initial_status).</translation>
    </message>
    <message>
        <source>Adds a generated practice of N families (default 100,000; M of them on statement plans, default none), puts A of its delinquent families in collections (default 20,000), P of those on collection payment plans (default 10,000), then times the first daily run, one day&apos;s run after a day of payments and a 30-day catch-up, each with the collections step&apos;s share, and peak memory. Without --db it works on a scratch SQLite file.</source>
        <translation>Añade un consultorio generado de N familias (por omisión, 100 000; M de ellas en planes de estado de cuenta, por omisión ninguna), pone en cobranza a A de sus familias morosas (por omisión, 20 000) y en planes de pagos de cobranza a P de ellas (por omisión, 10 000), y luego mide el tiempo de la primera ejecución diaria, de la ejecución de un día tras un día de pagos y de una puesta al día de 30 días, cada una con la parte del paso de cobranza, y el pico de memoria. Sin --db trabaja sobre un archivo SQLite temporal.</translation>
    </message>
    <message>
        <source>No accounts are in status %1.</source>
        <translation>No hay cuentas en el estado %1.</translation>
    </message>
    <message>
        <source>Every family with a balance due, in account order, with its guarantor, balance and the practice&apos;s Pay Now address (where the patient types the account number): as a table, as JSON with --json or a CSV file with --csv (keys and headers family, guarantor, balance, pay_url). Refused, naming what is missing, until portal.clearinghouse and its alias are set.</source>
        <translation>Cada familia con saldo pendiente, por orden de cuenta, con su responsable, su saldo y la dirección Pagar ahora de la consulta (donde el paciente escribe el número de cuenta): como tabla, como JSON con --json o un archivo CSV con --csv (claves y encabezados family, guarantor, balance, pay_url). Se rechaza, indicando lo que falta, hasta que se configuren portal.clearinghouse y su alias.</translation>
    </message>
    <message>
        <source>Pay Now: %1</source>
        <translation>Pagar ahora: %1</translation>
    </message>
    <message>
        <source>No family has a balance due.</source>
        <translation>Ninguna familia tiene saldo pendiente.</translation>
    </message>
    <message>
        <source>portal: %1</source>
        <translation>portal: %1</translation>
    </message>
    <message>
        <source>Fetch and Process Reports (a billing manager&apos;s): reads every report file in --folder (default portal.report_folder) in the order of their names; a file whose SHA-256 was read before is skipped. InstaMed EOD Posting Files, and X12 835 files named *_dpa835_*.rep. Each payment posts on its family&apos;s guarantor (the account number is the family number, the patient&apos;s last name a member&apos;s), method portal, allocated oldest first; a refund, chargeback or returned item takes back the family&apos;s portal payment; declined, voided and errored transactions are skipped; a transaction read before is a duplicate; anything else goes to the exceptions queue. Prints the summary, or with --json an object with files, files_skipped, posted, posted_total, refunds, duplicates, skipped and exceptions.</source>
        <translation>Obtener y procesar informes (tarea de un responsable de facturación): lee cada archivo de informe de --folder (por omisión, portal.report_folder) por orden de nombre; se omite un archivo cuyo SHA-256 ya se leyó antes. Archivos EOD Posting Files de InstaMed y archivos X12 835 con nombre *_dpa835_*.rep. Cada pago se registra en el responsable de su familia (el número de cuenta es el número de familia, y el apellido del paciente, el de un miembro), con la forma de pago portal, y se aplica empezando por lo más antiguo; un reembolso, un contracargo o un pago devuelto retira el pago del portal de la familia; se omiten las transacciones rechazadas, anuladas y con error; una transacción ya leída es un duplicado; todo lo demás va a la cola de excepciones. Imprime el resumen o, con --json, un objeto con files, files_skipped, posted, posted_total, refunds, duplicates, skipped y exceptions.</translation>
    </message>
    <message>
        <source>The report files fetched, newest first: name, when (UTC), by whom and what came of each. With --json a list of objects with id, name, size, sha256, fetched_at, fetched_by and the counts of portal fetch.</source>
        <translation>Los archivos de informe obtenidos, lo más reciente primero: nombre, cuándo (UTC), por quién y el resultado de cada uno. Con --json, una lista de objetos con id, name, size, sha256, fetched_at, fetched_by y los recuentos de portal fetch.</translation>
    </message>
    <message>
        <source>The exceptions queue of portal fetch, oldest first: the open exceptions, or every one with --all. With --json a list of objects with id, file, line, raw, reason and status (open, matched, dismissed), and what was read of a transaction (matchable, direction, amount, date, patient, account).</source>
        <translation>La cola de excepciones de portal fetch, lo más antiguo primero: las excepciones abiertas o, con --all, todas. Con --json, una lista de objetos con id, file, line, raw, reason y status (open, matched, dismissed), y lo que se leyó de una transacción (matchable, direction, amount, date, patient, account).</translation>
    </message>
    <message>
        <source>Posts an open exception&apos;s transaction on family F as portal fetch would have (without the name check): a payment on its guarantor, or a refund of its portal payment. Refused for a record that could not be read.</source>
        <translation>Registra la transacción de una excepción abierta en la familia F como lo habría hecho portal fetch (sin la comprobación del nombre): un pago en su responsable, o un reembolso de su pago del portal. Se rechaza para un registro que no se pudo leer.</translation>
    </message>
    <message>
        <source>Closes an open exception without posting anything, with the reason.</source>
        <translation>Cierra una excepción abierta sin registrar nada, con el motivo.</translation>
    </message>
    <message>
        <source>Adds a generated practice of N families (default 100,000), writes F InstaMed EOD Posting Files (default 10, one a day before today) holding T transactions (default 100,000: payments of what families owe, declined cards, refunds of earlier payments, accounts that match no family) into DIR (default a temporary folder), then times portal fetch on the folder and again on the same folder (every file skipped by its SHA-256), and peak memory. Without --db it works on a scratch SQLite file.</source>
        <translation>Añade un consultorio generado de N familias (por omisión, 100 000), escribe en DIR (por omisión, una carpeta temporal) F archivos EOD Posting Files de InstaMed (por omisión, 10, uno por día antes de hoy) con T transacciones (por omisión, 100 000: pagos de lo que deben las familias, tarjetas rechazadas, reembolsos de pagos anteriores, cuentas que no coinciden con ninguna familia) y luego mide el tiempo de portal fetch sobre la carpeta y otra vez sobre la misma carpeta (con todos los archivos omitidos por su SHA-256), y el pico de memoria. Sin --db trabaja sobre un archivo SQLite temporal.</translation>
    </message>
    <message>
        <source>No report file has been fetched.</source>
        <translation>No se ha obtenido ningún archivo de informe.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Fetched (UTC)</source>
        <translation>Obtenido (UTC)</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Registrados</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Reembolsos</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Duplicados</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitidos</translation>
    </message>
    <message>
        <source>Exceptions</source>
        <translation>Excepciones</translation>
    </message>
    <message>
        <source>No portal exception is open.</source>
        <translation>No hay ninguna excepción del portal abierta.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Portal exception #%1 is matched to family %2: payment #%3.</source>
        <translation>La excepción del portal n.º %1 se asignó a la familia %2: pago n.º %3.</translation>
    </message>
    <message>
        <source>Portal exception #%1 is dismissed.</source>
        <translation>Se descartó la excepción del portal n.º %1.</translation>
    </message>
    <message>
        <source>Adds a practice group (a name of at most 40 characters, unique ignoring case) keeping tracked allocations, or with --ledger legacy the legacy ledger: payments only lower the family balance and are never allocated until the group is migrated. A billing manager&apos;s.</source>
        <translation>Añade un grupo de consultorios (un nombre de 40 caracteres como máximo, único sin distinguir mayúsculas) con aplicaciones rastreadas o, con --ledger legacy, con el libro mayor heredado: los pagos solo reducen el saldo de la familia y no se aplican hasta que el grupo se migre. Tarea del responsable de facturación.</translation>
    </message>
    <message>
        <source>The practice groups by id with their ledger and number of families; --json prints a list of objects with id, name, ledger (legacy or tracked), families and migration (null: none).</source>
        <translation>Los grupos de consultorios por id con su libro y su número de familias; --json imprime una lista de objetos con id, name, ledger (legacy o tracked), families y migration (null: ninguna).</translation>
    </message>
    <message>
        <source>Puts a family in a practice group (every family is in one; 1, &quot;Default&quot;, until assigned). Refused between groups on different ledgers. A billing manager&apos;s.</source>
        <translation>Pone una familia en un grupo de consultorios (cada familia está en uno; el 1, &quot;Default&quot;, hasta que se asigne). Se rechaza entre grupos con libros distintos. Tarea del responsable de facturación.</translation>
    </message>
    <message>
        <source>Added practice group &quot;%1&quot; (id %2), which keeps %3.</source>
        <translation>Se añadió el grupo de consultorios &quot;%1&quot; (id %2), que lleva %3.</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>Libro</translation>
    </message>
    <message>
        <source>Families</source>
        <translation>Familias</translation>
    </message>
    <message>
        <source>Migration</source>
        <translation>Migración</translation>
    </message>
    <message>
        <source>Family %1 is in practice group &quot;%2&quot; (id %3).</source>
        <translation>La familia %1 está en el grupo de consultorios &quot;%2&quot; (id %3).</translation>
    </message>
    <message>
        <source>Queues the migration of a legacy practice group to tracked allocations (an administrator&apos;s). Without --yes it prints what the migration does (the whole group, for good; the nightly job starts it at nightly.time and postings to the group are locked while it runs), queues nothing and exits 1. Refused for an unknown or tracked group and for a group whose migration is Queued, In Progress or Active; after Error it may be queued again. --json prints the migration as migrations list does.</source>
        <translation>Pone en cola la migración de un grupo de consultorios con libro mayor heredado a asignaciones registradas (solo para administradores). Sin --yes muestra lo que hace la migración (todo el grupo, de forma definitiva; la tarea nocturna la inicia a la hora nightly.time y los registros en el grupo quedan bloqueados mientras se ejecuta), no pone nada en cola y sale con código 1. Se rechaza para un grupo desconocido o que ya usa asignaciones registradas, y para un grupo cuya migración está En cola, En curso o Activa; después de Error se puede volver a poner en cola. --json muestra la migración como lo hace migrations list.</translation>
    </message>
    <message>
        <source>The migrations quick view, newest first, 50 a page (--page, default 1): ID, Name, Practice Group, Created at, Created by, Status (Queued, In Progress, Active, Error) and Completed On. --search keeps those whose id, name, group, creator or status contains T. --json prints the page as a list of objects with id, name, group, group_name, created_at, created_by, status and completed_on (a date or null).</source>
        <translation>La vista rápida de migraciones, de la más reciente a la más antigua, 50 por página (--page, 1 por defecto): ID, Nombre, Grupo de consultorios, Fecha de creación, Creada por, Estado (En cola, En curso, Activa, Error) y Fecha de finalización. --search conserva aquellas cuyo id, nombre, grupo, creador o estado contiene T. --json muestra la página como una lista de objetos con id, name, group, group_name, created_at, created_by, status y completed_on (una fecha o null).</translation>
    </message>
    <message>
        <source>A migration&apos;s log, oldest first: each step (queued, started, converting, verified, active, error, restarted) with its time, families, rows and message. --json prints a list of objects with at, step, families, rows and message.</source>
        <translation>La bitácora de una migración, de lo más antiguo a lo más reciente: cada paso (queued, started, converting, verified, active, error, restarted) con su hora, familias, filas y mensaje. --json muestra una lista de objetos con at, step, families, rows y message.</translation>
    </message>
    <message>
        <source>Runs a Queued migration now, or starts again one left In Progress by a job that stopped, whatever the time (an administrator&apos;s). Prints the line run-nightly prints for it; exit status 1 when it ends in Error.</source>
        <translation>Ejecuta ahora una migración En cola, o reinicia una que quedó En curso porque la tarea que la ejecutaba se detuvo, sin importar la hora (solo para administradores). Muestra la línea que run-nightly muestra para ella; código de salida 1 cuando termina en Error.</translation>
    </message>
    <message>
        <source>The nightly job (an administrator&apos;s, or the scheduled job): once the practice&apos;s time (--at, default now in practice.time_zone) has reached nightly.time it runs every Queued migration, and at any time it starts again a migration left In Progress. Prints a line per migration run (&quot;migration 7 (Old ledger, id 3): Active on 2026-12-07, 1,234 families, 5,678 rows&quot; or &quot;...: Error: reason&quot;), or what waits for nightly.time; progress goes to stderr. --json prints an object with at, nightly_time, due, migrations (each as migrations list prints it, with families, rows and reason) and waiting. Exit status 1 when a migration ended in Error.</source>
        <translation>La tarea nocturna (para administradores, o como tarea programada): una vez que la hora del consultorio (--at, por defecto la hora actual en practice.time_zone) llega a nightly.time, ejecuta todas las migraciones En cola, y en cualquier momento reinicia una migración que quedó En curso. Muestra una línea por cada migración ejecutada (&quot;migración 7 (Libro antiguo, id 3): Activa el 2026-12-07, 1,234 familias, 5,678 filas&quot; o &quot;...: Error: motivo&quot;), o lo que espera a nightly.time; el progreso se envía a stderr. --json muestra un objeto con at, nightly_time, due, migrations (cada una como la muestra migrations list, con families, rows y reason) y waiting. Código de salida 1 cuando una migración terminó en Error.</translation>
    </message>
    <message>
        <source>Adds a legacy practice group of N families (default 100,000), each with ten charges and ten payments, queues its migration and runs it as the nightly job would, printing the time, the allocations written and peak memory. Exit status 1 when the migration does not end Active. Without --db it works on a scratch SQLite file.</source>
        <translation>Agrega un grupo de consultorios con libro mayor heredado de N familias (100,000 por defecto), cada una con diez cargos y diez pagos, pone en cola su migración y la ejecuta como lo haría la tarea nocturna, mostrando el tiempo, las asignaciones escritas y el uso máximo de memoria. Código de salida 1 cuando la migración no termina Activa. Sin --db trabaja en un archivo SQLite temporal.</translation>
    </message>
    <message>
        <source>--at: &quot;%1&quot; is not a date and time of the form YYYY-MM-DDTHH:MM (the practice&apos;s time).</source>
        <translation>--at: &quot;%1&quot; no es una fecha y hora con el formato YYYY-MM-DDTHH:MM (hora del consultorio).</translation>
    </message>
    <message>
        <source>Nothing was queued: run the command again with --yes to queue the migration.</source>
        <translation>No se puso nada en cola: vuelva a ejecutar el comando con --yes para poner en cola la migración.</translation>
    </message>
    <message>
        <source>Queued %1; the nightly job starts it at %2.</source>
        <translation>Se puso en cola %1; la tarea nocturna la inicia a las %2.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Practice Group</source>
        <translation>Grupo de consultorios</translation>
    </message>
    <message>
        <source>Created at</source>
        <translation>Fecha de creación</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Creada por</translation>
    </message>
    <message>
        <source>Completed On</source>
        <translation>Fecha de finalización</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Page %1 of %2, %3 migrations.</source>
        <translation>Página %1 de %2, %3 migraciones.</translation>
    </message>
    <message>
        <source>At</source>
        <translation>Fecha y hora</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Backs up the whole database to FILE (an administrator&apos;s), consistent while desks go on working: SQLite through its online backup API, PostgreSQL with pg_dump in custom format (install postgresql-client). FILE is written under a temporary name and renamed once complete, with mode 0600; an older FILE is replaced. Prints the file, its size and the last audit entry it holds; with --json an object with file, bytes, last_audit_id and last_audit_at. Recorded in the audit trail.</source>
        <translation>Hace una copia de seguridad de toda la base de datos en FILE (tarea de un administrador), coherente aunque los mostradores sigan trabajando: SQLite mediante su API de copia de seguridad en línea, PostgreSQL con pg_dump en formato personalizado (instale postgresql-client). FILE se escribe con un nombre temporal y se renombra una vez completo, con modo 0600; un FILE anterior se sustituye. Imprime el archivo, su tamaño y la última entrada de auditoría que contiene; con --json, un objeto con file, bytes, last_audit_id y last_audit_at. Queda en el registro de auditoría.</translation>
    </message>
    <message>
        <source>Replaces the whole database by the backup in FILE (an administrator&apos;s; PostgreSQL needs pg_restore). Refused, naming both times, when the database&apos;s last audit entry is later than the backup&apos;s, unless --force; refused when FILE is not a PayDesk backup of this kind of database. Then runs verify on the restored database and prints its issues; with --json an object with file, forced, backup_last_audit_id, backup_last_audit_at, replaced_last_audit_id, replaced_last_audit_at, verify_errors, verify_warnings and issues. Exit status 1 when verify finds an error. Recorded in the restored database&apos;s audit trail.</source>
        <translation>Sustituye toda la base de datos por la copia de seguridad de FILE (tarea de un administrador; PostgreSQL necesita pg_restore). Se rechaza, indicando ambos momentos, cuando la última entrada de auditoría de la base de datos es posterior a la de la copia de seguridad, salvo con --force; se rechaza cuando FILE no es una copia de seguridad de PayDesk de este tipo de base de datos. Después ejecuta verify sobre la base de datos restaurada e imprime sus problemas; con --json, un objeto con file, forced, backup_last_audit_id, backup_last_audit_at, replaced_last_audit_id, replaced_last_audit_at, verify_errors, verify_warnings e issues. Código de salida 1 cuando verify encuentra un error. Queda en el registro de auditoría de la base de datos restaurada.</translation>
    </message>
    <message>
        <source>The daily billing run (a billing manager&apos;s): processes each day from the day after the last run up to --date (default today; the first run ever processes that date alone), each in one transaction: plans disabled or completed, billing resumed, new balances queued and statements sent. Prints one line per day, or with --json a list of objects with date, statements, plans_disabled, completed and billing_resumed. With collections on (collections.initial_status set) each day also runs the collections step: its line is followed by an indented line of collection counts, and its object has collections_entered, collections_moved, collections_left, collection_plans_failed and collection_plans_paid. The last run&apos;s date again does nothing; a date after today or before the last run is refused, as is a second run while one is in progress. When portal.report_folder is set, portal fetch runs first, as daily-run, even when no day is left to run: its summary is printed first as &quot;portal: &quot; and the summary, and with --json it is the key portal of the first day&apos;s object (when no day is processed the list stays empty). Before all that, a SQLite database is backed up to backup.folder (default: a backups folder beside it) as paydesk-YYYY-MM-DD.sqlite, keeping the newest backup.keep of those files; a failed backup stops the run before any billing. Its line comes first, &quot;backup: &quot; and the file, and with --json it is the key backup of the first day&apos;s object (file, bytes, last_audit_id, last_audit_at, kept, removed; on PostgreSQL, which is not copied, {&quot;skipped&quot;: &quot;postgresql&quot;}).</source>
        <translation>La facturación diaria (tarea de un responsable de facturación): procesa cada día desde el siguiente a la última ejecución hasta --date (por omisión, hoy; la primera ejecución de todas procesa solo esa fecha), cada uno en una sola transacción: planes desactivados o completados, facturación reanudada, nuevos saldos en cola y estados de cuenta enviados. Imprime una línea por día o, con --json, una lista de objetos con date, statements, plans_disabled, completed y billing_resumed. Con la cobranza activada (collections.initial_status configurado), cada día ejecuta también el paso de cobranza: su línea va seguida de una línea sangrada con los recuentos de cobranza, y su objeto tiene collections_entered, collections_moved, collections_left, collection_plans_failed y collection_plans_paid. Volver a indicar la fecha de la última ejecución no hace nada; una fecha posterior a hoy o anterior a la última ejecución se rechaza, al igual que una segunda ejecución mientras otra está en curso. Cuando portal.report_folder está configurado, primero se ejecuta portal fetch, como daily-run, incluso cuando no queda ningún día por ejecutar: su resumen se imprime primero como &quot;portal: &quot; seguido del resumen y, con --json, es la clave portal del objeto del primer día (cuando no se procesa ningún día, la lista queda vacía). Antes de todo eso, se hace una copia de seguridad de una base de datos SQLite en backup.folder (por omisión, una carpeta backups junto a ella) como paydesk-YYYY-MM-DD.sqlite, y se conservan los backup.keep archivos más recientes de esos; si la copia de seguridad falla, la ejecución se detiene antes de facturar nada. Su línea va primero, &quot;backup: &quot; seguido del archivo y, con --json, es la clave backup del objeto del primer día (file, bytes, last_audit_id, last_audit_at, kept, removed; en PostgreSQL, que no se copia, {&quot;skipped&quot;: &quot;postgresql&quot;}).</translation>
    </message>
    <message>
        <source>a SQLite file, postgresql://user@host[:port]/dbname (the password from ~/.pgpass or PGPASSFILE), or postgresql://?service=NAME (default: the database %1 names, if that file exists, else %2)</source>
        <translation>un archivo SQLite, postgresql://usuario@servidor[:puerto]/basededatos (con la contraseña de ~/.pgpass o PGPASSFILE) o postgresql://?service=NOMBRE (por omisión: la base de datos que indica %1, si ese archivo existe; si no, %2)</translation>
    </message>
    <message>
        <source>a settings file like /etc/paydesk/paydesk.conf: its database, user and password_file stand for --db, --user and --password-file where those are not given</source>
        <translation>un archivo de configuración como /etc/paydesk/paydesk.conf: sus database, user y password_file sustituyen a --db, --user y --password-file cuando estos no se indican</translation>
    </message>
</context>
<context>
    <name>PdfDocument</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>PdfOutput</name>
    <message>
        <source>Print %1</source>
        <translation>Imprimir: %1</translation>
    </message>
    <message>
        <source>Save %1</source>
        <translation>Guardar: %1</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>No PDF viewer could be started. The document is saved as %1.</source>
        <translation>No se pudo abrir ningún visor de PDF. El documento se guardó como %1.</translation>
    </message>
</context>
<context>
    <name>ReceiptOffer</name>
    <message>
        <source>Print receipt #%1, or save it as a PDF?</source>
        <translation>¿Imprimir el recibo n.º %1 o guardarlo como PDF?</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Guardar PDF…</translation>
    </message>
</context>
<context>
    <name>ReceiptPrinter</name>
    <message>
        <source>Receipt #%1</source>
        <translation>Recibo n.º %1</translation>
    </message>
    <message>
        <source>There is no payment #%1.</source>
        <translation>No existe el pago n.º %1.</translation>
    </message>
    <message>
        <source>%1 of payment #%2 · receipt #%3</source>
        <translation>%1 del pago n.º %2 · recibo n.º %3</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>%1 (patient #%2)</source>
        <translation>%1 (paciente n.º %2)</translation>
    </message>
    <message>
        <source>patient #%1</source>
        <translation>paciente n.º %1</translation>
    </message>
    <message>
        <source>Family account</source>
        <translation>Cuenta familiar</translation>
    </message>
    <message>
        <source>%1 (guarantor %2)</source>
        <translation>%1 (responsable %2)</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Forma de pago</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Posted by</source>
        <translation>Registrado por</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 el %2</translation>
    </message>
    <message>
        <source>Applied to</source>
        <translation>Aplicado a</translation>
    </message>
    <message>
        <source>Nothing yet: the whole amount is credit on the account.</source>
        <translation>Nada todavía: todo el importe queda como crédito en la cuenta.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Total applied</source>
        <translation>Total aplicado</translation>
    </message>
    <message>
        <source>Unallocated credit</source>
        <translation>Crédito sin aplicar</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Reembolsado</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Anulado</translation>
    </message>
    <message>
        <source>by #%1</source>
        <translation>por el n.º %1</translation>
    </message>
    <message>
        <source>Family balance now</source>
        <translation>Saldo actual de la familia</translation>
    </message>
</context>
<context>
    <name>ScreenshotTour</name>
    <message>
        <source>The database has no family to show.</source>
        <translation>La base de datos no tiene ninguna familia que mostrar.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>No se puede escribir %1.</translation>
    </message>
    <message>
        <source>Patient #%1 is not among the search results.</source>
        <translation>El paciente n.º %1 no está entre los resultados de la búsqueda.</translation>
    </message>
    <message>
        <source>No confirmation was shown for %1.</source>
        <translation>No se mostró ninguna confirmación para %1.</translation>
    </message>
    <message>
        <source>Entered on the wrong patient</source>
        <translation>Registrado en el paciente equivocado</translation>
    </message>
</context>
<context>
    <name>StatementDocument</name>
    <message>
        <source>Statement for account %1</source>
        <translation>Estado de cuenta (cuenta %1)</translation>
    </message>
    <message>
        <source>Statements of %1</source>
        <translation>Estados de cuenta del %1</translation>
    </message>
    <message>
        <source>Statement date</source>
        <translation>Fecha del estado de cuenta</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Estado de cuenta</translation>
    </message>
    <message>
        <source>current account</source>
        <translation>situación actual de la cuenta</translation>
    </message>
    <message>
        <source>no. %1</source>
        <translation>n.º %1</translation>
    </message>
    <message>
        <source>Monthly payment plan</source>
        <translation>Plan de pagos mensual</translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation>Importe a pagar</translation>
    </message>
    <message>
        <source>Since the statement of %1</source>
        <translation>Desde el estado de cuenta del %1</translation>
    </message>
    <message>
        <source>Account activity</source>
        <translation>Movimientos de la cuenta</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Previous balance</source>
        <translation>Saldo anterior</translation>
    </message>
    <message>
        <source>No new charges or payments.</source>
        <translation>No hay cargos ni pagos nuevos.</translation>
    </message>
    <message>
        <source>Balance due</source>
        <translation>Saldo a pagar</translation>
    </message>
    <message>
        <source>The account holds a credit: nothing is due.</source>
        <translation>La cuenta tiene saldo a favor: no hay nada que pagar.</translation>
    </message>
    <message>
        <source>Pay online:</source>
        <translation>Pague en línea:</translation>
    </message>
    <message>
        <source>Account number to enter: %1</source>
        <translation>Número de cuenta que debe escribir: %1</translation>
    </message>
</context>
<context>
    <name>VoidRefundFlow</name>
    <message>
        <source>Payment #%1</source>
        <translation>Pago n.º %1</translation>
    </message>
    <message>
        <source>Payment #%1: %2 by %3 on %4 from %5.</source>
        <translation>Pago n.º %1: %2 con %3 el %4 de %5.</translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation>Referencia: %1</translation>
    </message>
    <message>
        <source>The void is a payment of %1 dated today.</source>
        <translation>La anulación es un pago de %1 con fecha de hoy.</translation>
    </message>
    <message>
        <source>It paid no charge, so no balance changes.</source>
        <translation>No pagó ningún cargo, así que ningún saldo cambia.</translation>
    </message>
    <message>
        <source>These allocations are reversed, so the items owe again:</source>
        <translation>Se revierten estas aplicaciones, así que esas partidas vuelven a deberse:</translation>
    </message>
    <message>
        <source>• %1 to %2</source>
        <translation>• %1 a %2</translation>
    </message>
    <message>
        <source>Its unallocated credit of %1 is cancelled.</source>
        <translation>Se cancela su crédito sin aplicar de %1.</translation>
    </message>
    <message>
        <source>Refunds of %1 already written against it stay as they are.</source>
        <translation>Los reembolsos de %1 ya registrados contra él se mantienen.</translation>
    </message>
    <message>
        <source>Payment #%1 has no unallocated credit to refund: take back an allocation first, or void the payment.</source>
        <translation>El pago n.º %1 no tiene crédito sin aplicar que reembolsar: retire antes una aplicación o anule el pago.</translation>
    </message>
    <message>
        <source>Unallocated credit that can be returned: %1.</source>
        <translation>Crédito sin aplicar que se puede devolver: %1.</translation>
    </message>
    <message>
        <source>The refund is a negative payment dated today; the payment&apos;s allocations stay.</source>
        <translation>El reembolso es un pago negativo con fecha de hoy; las aplicaciones del pago se mantienen.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>PayDesk: the posting desk for patient payments.</source>
        <translation>PayDesk: el mostrador de cobros a pacientes.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Who is working, for the audit trail.</source>
        <translation>Quién trabaja, para el registro de auditoría.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>Save screenshots of the desk into this folder, then quit.</source>
        <translation>Guarda capturas del mostrador en esta carpeta y termina.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>CARPETA</translation>
    </message>
    <message>
        <source>The family the screenshots show (default: a busy one).</source>
        <translation>La familia que muestran las capturas (por omisión, una con movimiento).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The database: a SQLite file, postgresql://user@host[:port]/dbname or postgresql://?service=NAME.</source>
        <translation>La base de datos: un archivo SQLite, postgresql://usuario@servidor[:puerto]/basededatos o postgresql://?service=NOMBRE.</translation>
    </message>
    <message>
        <source>PayDesk</source>
        <translation>PayDesk</translation>
    </message>
    <message>
        <source>Open the database, print how long the desk took to show and to search, and the memory it holds, then quit.</source>
        <translation>Abre la base de datos, imprime cuánto tardó el mostrador en mostrarse y en buscar, y la memoria que ocupa, y termina.</translation>
    </message>
    <message>
        <source>With --benchmark-desk: print the figures as JSON.</source>
        <translation>Con --benchmark-desk: imprime las cifras en JSON.</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::AccountSummary</name>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Charges and adjustments minus payments, however they are allocated</source>
        <translation>Cargos y ajustes menos pagos, como sea que estén aplicados</translation>
    </message>
    <message>
        <source>Unallocated credit</source>
        <translation>Crédito sin aplicar</translation>
    </message>
    <message>
        <source>Money received that is not yet applied to any charge</source>
        <translation>Dinero recibido que aún no se ha aplicado a ningún cargo</translation>
    </message>
    <message>
        <source>Unearned</source>
        <translation>Anticipos</translation>
    </message>
    <message>
        <source>Credit kept on purpose as a prepayment</source>
        <translation>Crédito guardado a propósito como pago anticipado</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>What is still owed on charges and adjustments</source>
        <translation>Lo que aún se debe de cargos y ajustes</translation>
    </message>
    <message>
        <source>The balance by the age of the charges it comes from, in days as of today: money pays the oldest charges first, whatever the allocations</source>
        <translation>El saldo según la antigüedad de los cargos de los que procede, en días a fecha de hoy: el dinero paga primero los cargos más antiguos, sea cual sea la aplicación</translation>
    </message>
    <message>
        <source>Aging (days)</source>
        <translation>Antigüedad (días)</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::AccountView</name>
    <message>
        <source>Find a patient (Ctrl+F) and press Enter to open the family&apos;s account.</source>
        <translation>Busque un paciente (Ctrl+F) y pulse Intro para abrir la cuenta de la familia.</translation>
    </message>
    <message>
        <source>%1 · Account #%2</source>
        <translation>%1 · Cuenta n.º %2</translation>
    </message>
    <message>
        <source>Account #%1</source>
        <translation>Cuenta n.º %1</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n miembro</numerusform>
            <numerusform>%n miembros</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · Serving %2 (patient #%3)</source>
        <translation>%1 · Atendiendo a %2 (paciente n.º %3)</translation>
    </message>
    <message>
        <source>Members (%1)</source>
        <translation>Miembros (%1)</translation>
    </message>
    <message>
        <source>Charges (%1)</source>
        <translation>Cargos (%1)</translation>
    </message>
    <message>
        <source>Adjustments (%1)</source>
        <translation>Ajustes (%1)</translation>
    </message>
    <message>
        <source>Payments (%1)</source>
        <translation>Pagos (%1)</translation>
    </message>
    <message>
        <source>Allocations (%1)</source>
        <translation>Aplicaciones (%1)</translation>
    </message>
    <message>
        <source>Transfers (%1)</source>
        <translation>Transferencias (%1)</translation>
    </message>
    <message>
        <source>Unearned (%1)</source>
        <translation>Anticipos (%1)</translation>
    </message>
    <message>
        <source>Ledger (%1)</source>
        <translation>Movimientos (%1)</translation>
    </message>
    <message>
        <source>Patient responsibility</source>
        <translation>Responsabilidad del paciente</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::AddGroupDialog</name>
    <message>
        <source>Add Practice Group</source>
        <translation>Agregar grupo de consultorios</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Ledger:</source>
        <translation>&amp;Libro mayor:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Agregar</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::AddUserDialog</name>
    <message>
        <source>Add user</source>
        <translation>Añadir usuario</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <source>&amp;Add user</source>
        <translation>&amp;Añadir usuario</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::AdjustmentDialog</name>
    <message>
        <source>Adjustment: account %1</source>
        <translation>Ajuste: cuenta %1</translation>
    </message>
    <message>
        <source>Not attached: stands on its own</source>
        <translation>Sin asociar: partida independiente</translation>
    </message>
    <message>
        <source>%1 · balance %2</source>
        <translation>%1 · saldo %2</translation>
    </message>
    <message>
        <source>A&amp;ttach to charge:</source>
        <translation>A&amp;sociar al cargo:</translation>
    </message>
    <message>
        <source>Pat&amp;ient:</source>
        <translation>Pac&amp;iente:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>A&amp;mount:</source>
        <translation>I&amp;mporte:</translation>
    </message>
    <message>
        <source>P&amp;rovider:</source>
        <translation>P&amp;rofesional:</translation>
    </message>
    <message>
        <source>C&amp;linic:</source>
        <translation>C&amp;línica:</translation>
    </message>
    <message>
        <source>&amp;Save adjustment</source>
        <translation>&amp;Guardar ajuste</translation>
    </message>
    <message>
        <source>&amp;Lowers the balance</source>
        <translation>Re&amp;duce el saldo</translation>
    </message>
    <message>
        <source>Rai&amp;ses the balance</source>
        <translation>A&amp;umenta el saldo</translation>
    </message>
    <message>
        <source>Type %1 without a sign: the type says whether it lowers or raises the balance.</source>
        <translation>Escriba %1 sin signo: el tipo indica si reduce o aumenta el saldo.</translation>
    </message>
    <message>
        <source>An adjustment must be more than %1.</source>
        <translation>Un ajuste debe ser mayor que %1.</translation>
    </message>
    <message>
        <source>The practice has no adjustment types yet: add them in Settings.</source>
        <translation>El consultorio aún no tiene tipos de ajuste: añádalos en Configuración.</translation>
    </message>
    <message>
        <source>Choose whether it lowers or raises the balance.</source>
        <translation>Elija si reduce o aumenta el saldo.</translation>
    </message>
    <message>
        <source>Lowers the balance.</source>
        <translation>Reduce el saldo.</translation>
    </message>
    <message>
        <source>Raises the balance.</source>
        <translation>Aumenta el saldo.</translation>
    </message>
    <message>
        <source>Lowers the balance by %1.</source>
        <translation>Reduce el saldo en %1.</translation>
    </message>
    <message>
        <source>Raises the balance by %1.</source>
        <translation>Aumenta el saldo en %1.</translation>
    </message>
    <message>
        <source>Choose whether this %1 lowers or raises the balance.</source>
        <translation>Elija si este ajuste («%1») reduce o aumenta el saldo.</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::AdjustmentTypesModel</name>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Signo</translation>
    </message>
    <message>
        <source>Lowers the balance</source>
        <translation>Reduce el saldo</translation>
    </message>
    <message>
        <source>Raises the balance</source>
        <translation>Aumenta el saldo</translation>
    </message>
    <message>
        <source>Either way</source>
        <translation>En ambos sentidos</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::AdjustmentTypesPage</name>
    <message>
        <source>Adjustment &amp;types:</source>
        <translation>&amp;Tipos de ajuste:</translation>
    </message>
    <message>
        <source>Ne&amp;w type</source>
        <translation>Nue&amp;vo tipo</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>Có&amp;digo:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Si&amp;gn:</source>
        <translation>&amp;Signo:</translation>
    </message>
    <message>
        <source>What adjustments and the import files write, such as &quot;discount&quot;; chosen when the type is added (New type), and kept.</source>
        <translation>Lo que escriben los ajustes y los archivos de importación, como «discount»; se elige al añadir el tipo (Nuevo tipo) y ya no cambia.</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::AdjustmentsModel</name>
    <message>
        <source>Adjustment #</source>
        <translation>Ajuste n.º</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Profesional</translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation>Clínica</translation>
    </message>
    <message>
        <source>On charge #</source>
        <translation>Cargo n.º</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagado</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Void of #%1</source>
        <translation>Anulación del n.º %1</translation>
    </message>
    <message>
        <source>Void of charge #%1</source>
        <translation>Anulación del cargo n.º %1</translation>
    </message>
    <message>
        <source>Voided by #%1</source>
        <translation>Anulado por el n.º %1</translation>
    </message>
    <message>
        <source>Charge #%1 voided</source>
        <translation>Cargo n.º %1 anulado</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::AgingDialog</name>
    <message>
        <source>&amp;As of:</source>
        <translation>&amp;Fecha de corte:</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <source>Each family&apos;s balance on the date, by the age of the charges it comes from: money pays the oldest charges first, whatever the allocations. Families with a credit or nothing owed are left out. Enter or a double-click opens the account.</source>
        <translation>El saldo de cada familia en esa fecha, según la antigüedad de los cargos de los que procede: el dinero paga primero los cargos más antiguos, sea cual sea la aplicación. No se incluyen las familias con saldo a favor o que no deben nada. Intro o un doble clic abre la cuenta.</translation>
    </message>
    <message>
        <source>Aging as of %1</source>
        <translation>Antigüedad de saldos al %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n family(ies) owe %1. %2</source>
        <translation>
            <numerusform>%n familia debe %1. %2</numerusform>
            <numerusform>%n familias deben %1. %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Export aging</source>
        <translation>Exportar antigüedad de saldos</translation>
    </message>
    <message>
        <source>Families that owe</source>
        <translation>Familias que deben</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::AgingModel</name>
    <message>
        <source>Account #</source>
        <translation>Cuenta n.º</translation>
    </message>
    <message>
        <source>Guarantor</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::AllocationGridModel</name>
    <message>
        <source>The amount %1 applied to %2 of %3 is negative.</source>
        <translation>El importe %1 aplicado a %2 del %3 es negativo.</translation>
    </message>
    <message>
        <source>The amount %1 applied to %2 of %3 is more than its balance of %4.</source>
        <translation>El importe %1 aplicado a %2 del %3 supera su saldo de %4.</translation>
    </message>
    <message>
        <source>Type the amount to apply to this item; Auto-allocate (Alt+A) fills the column oldest first.</source>
        <translation>Escriba el importe que se aplica a esta partida; Aplicar automáticamente (Alt+A) llena la columna empezando por la más antigua.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>Dated after the payment date %1, and paid by it.</source>
        <translation>Con fecha posterior a la del pago (%1), y pagado por él.</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::AllocationsModel</name>
    <message>
        <source>Allocation #</source>
        <translation>Aplicación n.º</translation>
    </message>
    <message>
        <source>Payment #</source>
        <translation>Pago n.º</translation>
    </message>
    <message>
        <source>Paid to</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Profesional</translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation>Clínica</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <source>Reverses #</source>
        <translation>Revierte</translation>
    </message>
    <message>
        <source>Charge #%1 (%2)</source>
        <translation>Cargo n.º %1 (%2)</translation>
    </message>
    <message>
        <source>Charge #%1</source>
        <translation>Cargo n.º %1</translation>
    </message>
    <message>
        <source>Adjustment #%1</source>
        <translation>Ajuste n.º %1</translation>
    </message>
    <message>
        <source>Unearned income</source>
        <translation>Ingreso anticipado</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manual</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>Automática</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importación</translation>
    </message>
    <message>
        <source>Unallocate</source>
        <translation>Desaplicación</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Anulación</translation>
    </message>
    <message>
        <source>Txfr #</source>
        <translation>Transf.</translation>
    </message>
    <message>
        <source>Run #</source>
        <translation>Ejecución</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transferencia</translation>
    </message>
    <message>
        <source>Recreated split</source>
        <translation>Reparto rehecho</translation>
    </message>
    <message>
        <source>Offset</source>
        <translation>Compensación</translation>
    </message>
    <message>
        <source>Reversal</source>
        <translation>Reversión</translation>
    </message>
    <message>
        <source>Migration</source>
        <translation>Migración</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::AuditTrailDialog</name>
    <message>
        <source>&amp;Since:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <source>Any: create, void, sign-in, refused…</source>
        <translation>Cualquiera: create, void, sign-in, refused…</translation>
    </message>
    <message>
        <source>&amp;Account #:</source>
        <translation>&amp;Cuenta n.º:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>Ac&amp;tion:</source>
        <translation>Acci&amp;ón:</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exportar CSV…</translation>
    </message>
    <message>
        <source>The account # &quot;%1&quot; is not a number.</source>
        <translation>El n.º de cuenta «%1» no es un número.</translation>
    </message>
    <message numerus="yes">
        <source>The newest %n entries; scroll for more.</source>
        <translation>
            <numerusform>La entrada más reciente; desplácese para ver más.</numerusform>
            <numerusform>Las %n entradas más recientes; desplácese para ver más.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries.</source>
        <translation>
            <numerusform>%n entrada.</numerusform>
            <numerusform>%n entradas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exportar CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation>Entradas de auditoría</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::AuditTrailModel</name>
    <message>
        <source>At</source>
        <translation>Fecha y hora</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entidad</translation>
    </message>
    <message>
        <source>Entity #</source>
        <translation>Entidad n.º</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::BackupActions</name>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Hacer copia de seguridad ahora…</translation>
    </message>
    <message>
        <source>Res&amp;tore from backup…</source>
        <translation>Rest&amp;aurar desde una copia de seguridad…</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Hacer una copia de seguridad de la base de datos</translation>
    </message>
    <message>
        <source>pg_dump archives (*.dump)</source>
        <translation>Archivos de pg_dump (*.dump)</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite)</source>
        <translation>Bases de datos SQLite (*.sqlite)</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Copia de seguridad</translation>
    </message>
    <message>
        <source>Restore the database from a backup</source>
        <translation>Restaurar la base de datos desde una copia de seguridad</translation>
    </message>
    <message>
        <source>pg_dump archives (*.dump);;All files (*)</source>
        <translation>Archivos de pg_dump (*.dump);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite);;All files (*)</source>
        <translation>Bases de datos SQLite (*.sqlite);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Replace the database %1 by the backup %2?

The backup holds the database up to %3. Everything recorded after that is lost, on every desk.</source>
        <translation>¿Sustituir la base de datos %1 por la copia de seguridad %2?

La copia de seguridad contiene la base de datos hasta %3. Todo lo registrado después se pierde, en todos los mostradores.</translation>
    </message>
    <message>
        <source>Restore anyway</source>
        <translation>Restaurar de todos modos</translation>
    </message>
    <message>
        <source>The database was changed later, at %1: that work is lost too.</source>
        <translation>La base de datos se modificó después, el %1: ese trabajo también se pierde.</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::BalanceDueModel</name>
    <message>
        <source>Account #</source>
        <translation>Cuenta n.º</translation>
    </message>
    <message>
        <source>Guarantor</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Pay Now address</source>
        <translation>Dirección de Pagar ahora</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::BalanceDuePage</name>
    <message>
        <source>&amp;Copy link</source>
        <translation>&amp;Copiar enlace</translation>
    </message>
    <message>
        <source>Open &amp;account</source>
        <translation>Abrir &amp;cuenta</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exportar CSV…</translation>
    </message>
    <message>
        <source>Choose a family in the list first.</source>
        <translation>Primero elija una familia de la lista.</translation>
    </message>
    <message>
        <source>No Pay Now link yet, so none is shown here or on statements:</source>
        <translation>Todavía no hay enlace Pagar ahora, así que no se muestra ninguno aquí ni en los estados de cuenta:</translation>
    </message>
    <message>
        <source>Account number to enter: %1</source>
        <translation>Número de cuenta que debe escribir: %1</translation>
    </message>
    <message>
        <source>Choose a family: the patient enters its account number.</source>
        <translation>Elija una familia: el paciente escribe su número de cuenta.</translation>
    </message>
    <message numerus="yes">
        <source>The first %1 of %n families with a balance due; scroll for more.</source>
        <translation>
            <numerusform>Primeras %1 de %n familia con saldo pendiente; desplácese para ver más.</numerusform>
            <numerusform>Primeras %1 de %n familias con saldo pendiente; desplácese para ver más.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n family(ies) with a balance due.</source>
        <translation>
            <numerusform>%n familia con saldo pendiente.</numerusform>
            <numerusform>%n familias con saldo pendiente.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied %1 to the clipboard.</source>
        <translation>Se copió %1 al portapapeles.</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exportar CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n family(ies) written to %1.</source>
        <translation>
            <numerusform>Se escribió %n familia en %1.</numerusform>
            <numerusform>Se escribieron %n familias en %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Families with a balance due</source>
        <translation>Familias con saldo pendiente</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::BalancePage</name>
    <message>
        <source>A $0 income transfer (Txfr) per family moves credit to what is owed within the same patient, provider and clinic first, then ever wider.</source>
        <translation>Una transferencia de ingresos de 0,00 (Transf.) por familia lleva el crédito a lo adeudado primero dentro del mismo paciente, profesional y clínica, y luego cada vez más amplio.</translation>
    </message>
    <message>
        <source>A $0 income transfer (Txfr) per family: the oldest charges take the oldest credit first, whoever they belong to.</source>
        <translation>Una transferencia de ingresos de 0,00 (Transf.) por familia: los cargos más antiguos toman primero el crédito más antiguo, sean de quien sean.</translation>
    </message>
    <message>
        <source>Takes back unallocated and overpaying splits and splits each payment again, oldest charges first; no transfer. What is left becomes unearned income.</source>
        <translation>Retira los repartos sin aplicar y los que pagan de más y reparte de nuevo cada pago, primero los cargos más antiguos; sin transferencia. Lo que sobra queda como anticipo.</translation>
    </message>
    <message>
        <source>A&amp;ll families</source>
        <translation>T&amp;odas las familias</translation>
    </message>
    <message>
        <source>Lea&amp;ve alone what is dated after</source>
        <translation>No tocar lo &amp;fechado después del</translation>
    </message>
    <message>
        <source>V&amp;oid earlier transfers first</source>
        <translation>Anular &amp;antes las transferencias anteriores</translation>
    </message>
    <message>
        <source>&amp;Dry run</source>
        <translation>&amp;Simulación</translation>
    </message>
    <message>
        <source>&amp;Run…</source>
        <translation>&amp;Ejecutar…</translation>
    </message>
    <message>
        <source>&amp;Export summary CSV…</source>
        <translation>E&amp;xportar resumen CSV…</translation>
    </message>
    <message>
        <source>&amp;This family</source>
        <translation>Es&amp;ta familia</translation>
    </message>
    <message>
        <source>&amp;This family: account #%1, %2</source>
        <translation>Es&amp;ta familia: cuenta n.º %1, %2</translation>
    </message>
    <message>
        <source>&amp;This family: account #%1</source>
        <translation>Es&amp;ta familia: cuenta n.º %1</translation>
    </message>
    <message>
        <source>Takes back the rows of every earlier income transfer with reversing rows (nothing is deleted) before balancing again.</source>
        <translation>Retira las filas de todas las transferencias de ingresos anteriores con filas de reversión (no se borra nada) antes de equilibrar de nuevo.</translation>
    </message>
    <message>
        <source>Families:</source>
        <translation>Familias:</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Método:</translation>
    </message>
    <message>
        <source>As of:</source>
        <translation>Fecha de corte:</translation>
    </message>
    <message>
        <source>Shows what a run would do to each family and writes nothing.</source>
        <translation>Muestra lo que una ejecución haría a cada familia sin escribir nada.</translation>
    </message>
    <message>
        <source>Writes the rows, family by family; the run can be undone from the Runs tab.</source>
        <translation>Escribe las filas, familia por familia; la ejecución se puede deshacer desde la pestaña Ejecuciones.</translation>
    </message>
    <message>
        <source>Choose the families and the method, then preview with Dry run.</source>
        <translation>Elija las familias y el método y compruebe el resultado con Simulación.</translation>
    </message>
    <message>
        <source>Family Balancer</source>
        <translation>Equilibrador de familias</translation>
    </message>
    <message>
        <source>Balance every family with “%1”?</source>
        <translation>¿Equilibrar todas las familias con «%1»?</translation>
    </message>
    <message>
        <source>&amp;Balance all families</source>
        <translation>&amp;Equilibrar todas las familias</translation>
    </message>
    <message>
        <source>Previewing…</source>
        <translation>Simulando…</translation>
    </message>
    <message>
        <source>Balancing…</source>
        <translation>Equilibrando…</translation>
    </message>
    <message numerus="yes">
        <source>Dry run, nothing written: %n family(ies) would change, %1 rows, %2 moved.</source>
        <translation>
            <numerusform>Simulación, sin escribir nada: cambiaría %n familia, %1 filas, %2 movidos.</numerusform>
            <numerusform>Simulación, sin escribir nada: cambiarían %n familias, %1 filas, %2 movidos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Run #%1: %n family(ies) changed, %2 rows written, %3 moved.</source>
        <translation>
            <numerusform>Ejecución n.º %1: %n familia cambiada, %2 filas escritas, %3 movidos.</numerusform>
            <numerusform>Ejecución n.º %1: %n familias cambiadas, %2 filas escritas, %3 movidos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n family(ies) looked at.</source>
        <translation>
            <numerusform>%n familia revisada.</numerusform>
            <numerusform>%n familias revisadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n family(ies) refused and left untouched (see why below).</source>
        <translation>
            <numerusform>%n familia rechazada y sin tocar (el motivo, abajo).</numerusform>
            <numerusform>%n familias rechazadas y sin tocar (el motivo, abajo).</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: only whole families were done.</source>
        <translation>Cancelada: solo se completaron familias enteras.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Select a family to see its rows.</source>
        <translation>Seleccione una familia para ver sus filas.</translation>
    </message>
    <message>
        <source>No family needs a change.</source>
        <translation>Ninguna familia necesita cambios.</translation>
    </message>
    <message>
        <source>Account #%1, %2</source>
        <translation>Cuenta n.º %1, %2</translation>
    </message>
    <message>
        <source>Account #%1</source>
        <translation>Cuenta n.º %1</translation>
    </message>
    <message>
        <source>%1 is left untouched: %2</source>
        <translation>%1 queda sin tocar: %2</translation>
    </message>
    <message>
        <source>%1: the rows a run would write, grouped by a new $0 income transfer (Txfr) dated %2.</source>
        <translation>%1: las filas que escribiría una ejecución, agrupadas en una nueva transferencia de ingresos de 0,00 (Transf.) con fecha %2.</translation>
    </message>
    <message>
        <source>%1: the rows a run would write.</source>
        <translation>%1: las filas que escribiría una ejecución.</translation>
    </message>
    <message>
        <source>%1: the rows run #%2 wrote.</source>
        <translation>%1: las filas que escribió la ejecución n.º %2.</translation>
    </message>
    <message>
        <source>Rows are written family by family, %1 families to a transaction; a cancel keeps the families already balanced. The run can be undone as a whole from the Runs tab.</source>
        <translation>Las filas se escriben familia por familia, %1 familias por transacción; si cancela, se conservan las familias ya equilibradas. La ejecución se puede deshacer entera desde la pestaña Ejecuciones.</translation>
    </message>
    <message>
        <source>Families and what the run does to each</source>
        <translation>Familias y lo que la ejecución hace con cada una</translation>
    </message>
    <message>
        <source>Rows the run writes for the chosen family</source>
        <translation>Filas que la ejecución escribe para la familia elegida</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::BillingGroupsPanel</name>
    <message>
        <source>Billing groups</source>
        <translation>Grupos de facturación</translation>
    </message>
    <message>
        <source>Supp&amp;ress Collections</source>
        <translation>Suprimir co&amp;branza</translation>
    </message>
    <message>
        <source>Add &amp;group</source>
        <translation>Añadir &amp;grupo</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>Nuevo grupo</translation>
    </message>
    <message>
        <source>Checked: Suppress Collections, the group&apos;s families stay out of the collections process.</source>
        <translation>Marcado: Suprimir cobranza; las familias del grupo quedan fuera del proceso de cobranza.</translation>
    </message>
    <message>
        <source>%1 (suppressed)</source>
        <translation>%1 (suprimida)</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::BillingListModel</name>
    <message>
        <source>Guarantor</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Account #</source>
        <translation>Cuenta n.º</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Statements sent</source>
        <translation>Estados de cuenta enviados</translation>
    </message>
    <message>
        <source>Last statement</source>
        <translation>Último estado de cuenta</translation>
    </message>
    <message>
        <source>Next statement</source>
        <translation>Próximo estado de cuenta</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Payment plan amount</source>
        <translation>Importe del plan de pagos</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Last payment</source>
        <translation>Último pago</translation>
    </message>
    <message>
        <source>Last payment amount</source>
        <translation>Importe del último pago</translation>
    </message>
    <message>
        <source>Days since last payment</source>
        <translation>Días desde el último pago</translation>
    </message>
    <message>
        <source>Suspension Reason</source>
        <translation>Motivo de la suspensión</translation>
    </message>
    <message>
        <source>Billing resumes on</source>
        <translation>Reanudación de la facturación</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::BillingListPage</name>
    <message>
        <source>A guarantor&apos;s name or an account #</source>
        <translation>Nombre de un responsable o n.º de cuenta</translation>
    </message>
    <message>
        <source>&amp;Review…</source>
        <translation>&amp;Revisar…</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exportar CSV…</translation>
    </message>
    <message>
        <source>Fi&amp;nd:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>Choose an account in the list first.</source>
        <translation>Primero elija una cuenta de la lista.</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exportar CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>The first %n accounts; scroll for more.</source>
        <translation>
            <numerusform>La primera cuenta (%n); desplácese para ver más.</numerusform>
            <numerusform>Las primeras %n cuentas; desplácese para ver más.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s).</source>
        <translation>
            <numerusform>%n cuenta.</numerusform>
            <numerusform>%n cuentas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>paydesk::ui::BillingReviewDialog</name>
    <message>
        <source>Patient &amp;responsibility</source>
        <translation>&amp;Responsabilidad del paciente</translation>
    </message>
    <message>
        <source>Statement &amp;history</source>
        <translation>&amp;Historial de estados de cuenta</translation>
    </message>
    <message>
        <source>A&amp;udit trail</source>
        <translation>Registro de a&amp;uditoría</translation>
    </message>
    <message>
        <source>Pr&amp;int statement…</source>
        <translation>&amp;Imprimir estado de cuenta…</translation>
    </message>
    <message>
        <source>Review account #%1</source>
        <translation>Revisar la cuenta n.º %1</translation>
    </message>
    <message>
        <source>Review: %1 · Account #%2</source>
        <translation>Revisar: %1 · Cuenta n.º %2</translation>
    </message>
    <message>
        <source>Account #%1</source>
        <translation>Cuenta n.º %1</translation>
    </message>
    <message>
        <source>%1 · Account #%2</source>
        <translation>%1 · Cuenta n.º %2</translation>
    </message>
    <message>
        <source>Statement history</source>
        <translation>Historial de estados de cuenta</translation>
    </message>
    <message>
        <source>The family&apos;s audit entries</source>
        <translation>Entradas de auditoría de la familia</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::BillingSettingsPage</name>
    <message>
        <source>I&amp;nvoice patients by default</source>
        <translation>Facturar a los pacie&amp;ntes de forma predeterminada</translation>
    </message>
    <message>
        <source>S&amp;uspend patient billing by default</source>
        <translation>S&amp;uspender la facturación de pacientes de forma predeterminada</translation>
    </message>
    <message>
        <source>&amp;Automated payment plans</source>
        <translation>Planes de pagos &amp;automáticos</translation>
    </message>
    <message>
        <source>Manual plans: a plan with no payment for more than %1 days is disabled, and the family stays in &quot;Suspended - Payment plan disabled&quot; for %2 days before standard billing resumes.</source>
        <translation>Planes manuales: un plan sin ningún pago durante más de %1 días se desactiva, y la familia permanece %2 días en «Suspended - Payment plan disabled» antes de que se reanude la facturación normal.</translation>
    </message>
    <message>
        <source>The patient billing settings are saved.</source>
        <translation>Se guardó la configuración de la facturación de pacientes.</translation>
    </message>
    <message>
        <source>days (1 to 365)</source>
        <translation>días (de 1 a 365)</translation>
    </message>
    <message>
        <source>Patient statements</source>
        <translation>Estados de cuenta de pacientes</translation>
    </message>
    <message>
        <source>Days between s&amp;tatements:</source>
        <translation>Días entre es&amp;tados de cuenta:</translation>
    </message>
    <message>
        <source>&amp;Maximum statements:</source>
        <translation>&amp;Máximo de estados de cuenta:</translation>
    </message>
    <message>
        <source>(1 to 99)</source>
        <translation>(de 1 a 99)</translation>
    </message>
    <message>
        <source>After the last one the family goes to &quot;Suspended - Final statement sent&quot;; a family on a payment plan keeps receiving statements.</source>
        <translation>Tras el último, la familia pasa a «Suspended - Final statement sent»; una familia con plan de pagos sigue recibiendo estados de cuenta.</translation>
    </message>
    <message>
        <source>Patient billing</source>
        <translation>Facturación de pacientes</translation>
    </message>
    <message>
        <source>A new balance:</source>
        <translation>Un saldo nuevo:</translation>
    </message>
    <message>
        <source>Invoiced: queued for statements. Suspended: &quot;Suspended - Pending write-off&quot; until a billing manager queues it.</source>
        <translation>Facturado: se pone en cola para estados de cuenta. Suspendido: queda en «Suspended - Pending write-off» hasta que un responsable de facturación lo pone en cola.</translation>
    </message>
    <message>
        <source>Automated payment plan</source>
        <translation>Plan de pagos automático</translation>
    </message>
    <message>
        <source>Days &amp;between payments:</source>
        <translation>Días &amp;entre pagos:</translation>
    </message>
    <message>
        <source>A plan with no payment for more days than this is disabled.</source>
        <translation>Un plan sin ningún pago durante más días que estos se desactiva.</translation>
    </message>
    <message>
        <source>Suspended &amp;for:</source>
        <translation>Suspendida &amp;durante:</translation>
    </message>
    <message>
        <source>Days in &quot;Suspended - Payment plan disabled&quot; before standard billing resumes.</source>
        <translation>Días en «Suspended - Payment plan disabled» antes de que se reanude la facturación normal.</translation>
    </message>
    <message>
        <source>Only a payment restarts a plan&apos;s clock, never a statement: unlike billing systems that count from the last statement, PayDesk does not let a statement interval keep a patient who stopped paying on a plan forever.</source>
        <translation>Solo un pago reinicia el plazo de un plan, nunca un estado de cuenta: a diferencia de los sistemas de facturación que cuentan desde el último estado de cuenta, PayDesk no deja que el intervalo entre estados de cuenta mantenga para siempre en un plan a un paciente que dejó de pagar.</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Cambiar contraseña</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Restablecer contraseña</translation>
    </message>
    <message>
        <source>A new password for %1.</source>
        <translation>Una contraseña nueva para %1.</translation>
    </message>
    <message>
        <source>A new password for %1, who uses it from the next sign-in.</source>
        <translation>Una contraseña nueva para %1, que la usará desde su próximo inicio de sesión.</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>Contraseña &amp;actual:</translation>
    </message>
    <message>
        <source>C&amp;hange password</source>
        <translation>&amp;Cambiar contraseña</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::ChargeDialog</name>
    <message>
        <source>Enter charge: account %1</source>
        <translation>Registrar cargo: cuenta %1</translation>
    </message>
    <message>
        <source>e.g. D1110</source>
        <translation>p. ej. D1110</translation>
    </message>
    <message>
        <source>Pat&amp;ient:</source>
        <translation>Pac&amp;iente:</translation>
    </message>
    <message>
        <source>&amp;Visit date:</source>
        <translation>Fecha de la &amp;visita:</translation>
    </message>
    <message>
        <source>P&amp;rovider:</source>
        <translation>P&amp;rofesional:</translation>
    </message>
    <message>
        <source>C&amp;linic:</source>
        <translation>C&amp;línica:</translation>
    </message>
    <message>
        <source>Procedure &amp;code:</source>
        <translation>&amp;Código del procedimiento:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>A&amp;mount:</source>
        <translation>I&amp;mporte:</translation>
    </message>
    <message>
        <source>&amp;Save charge</source>
        <translation>&amp;Guardar cargo</translation>
    </message>
    <message>
        <source>A charge may be %1 but never negative.</source>
        <translation>Un cargo puede ser %1 pero nunca negativo.</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::ChargesModel</name>
    <message>
        <source>Charge #</source>
        <translation>Cargo n.º</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Profesional</translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation>Clínica</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Adjustments</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagado</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>Seguro</translation>
    </message>
    <message>
        <source>Insurance paid %1, wrote off %2</source>
        <translation>El seguro pagó %1 y dio por perdido %2</translation>
    </message>
    <message>
        <source>%1; overpaid by %2, to review</source>
        <translation>%1; pagado de más en %2, a revisar</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Voided by #%1</source>
        <translation>Anulado por el n.º %1</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::CodeCombo</name>
    <message>
        <source>Code, e.g. DRSMITH</source>
        <translation>Código, p. ej. DRSMITH</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::CodeTablePage</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Se guardó %1.</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::CollectionAccountPanel</name>
    <message>
        <source>Collection status:</source>
        <translation>Estado de cobranza:</translation>
    </message>
    <message>
        <source>Payment plan:</source>
        <translation>Plan de pagos:</translation>
    </message>
    <message>
        <source>Choose an account in the roster.</source>
        <translation>Elija una cuenta de la lista de cobranza.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>%1 desde %2</translation>
    </message>
    <message>
        <source>Collection payment plan</source>
        <translation>Plan de pagos de cobranza</translation>
    </message>
    <message>
        <source>Non-delinquent payment plan</source>
        <translation>Plan de pagos no moroso</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2: %3 every %n day(s)</source>
        <translation>
            <numerusform>%1, %2: %3 cada %n día</numerusform>
            <numerusform>%1, %2: %3 cada %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>next payment due %1</source>
        <translation>próximo pago el %1</translation>
    </message>
    <message>
        <source>ended %1 by %2</source>
        <translation>finalizado el %1 por %2</translation>
    </message>
    <message>
        <source>CGM webPAY (%1, %2)</source>
        <translation>CGM webPAY (%1, %2)</translation>
    </message>
    <message>
        <source>Collection status history</source>
        <translation>Historial de estados de cobranza</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::CollectionCodeCombo</name>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::CollectionCodesModel</name>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Days to Remain</source>
        <translation>Días de permanencia</translation>
    </message>
    <message>
        <source>Next Status</source>
        <translation>Estado siguiente</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::CollectionCodesPage</name>
    <message>
        <source>Collection Status &amp;Table:</source>
        <translation>&amp;Tabla de estados de cobranza:</translation>
    </message>
    <message>
        <source>Ne&amp;w code</source>
        <translation>Nue&amp;vo código</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <source>0 (until a user changes it)</source>
        <translation>0 (hasta que un usuario lo cambie)</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Código:</translation>
    </message>
    <message>
        <source>Descr&amp;iption:</source>
        <translation>Descr&amp;ipción:</translation>
    </message>
    <message>
        <source>Days to Remain in Stat&amp;us:</source>
        <translation>Días de permanencia en el est&amp;ado:</translation>
    </message>
    <message>
        <source>Transfer to Ne&amp;xt Status Code:</source>
        <translation>Código de estado si&amp;guiente:</translation>
    </message>
    <message>
        <source>Shown read-only: changing the Collection Status Table needs the %1 role.</source>
        <translation>Solo lectura: para cambiar la Tabla de estados de cobranza hace falta el rol de %1.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Days to Remain in Status</source>
        <translation>Días de permanencia en el estado</translation>
    </message>
    <message>
        <source>Transfer to Next Status Code</source>
        <translation>Código de estado siguiente</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Delete collection status code</source>
        <translation>Eliminar código de estado de cobranza</translation>
    </message>
    <message>
        <source>Delete %1 (%2) from the Collection Status Table?</source>
        <translation>¿Eliminar %1 (%2) de la Tabla de estados de cobranza?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>Se eliminó %1.</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::CollectionHistoryModel</name>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>(out of collections)</source>
        <translation>(fuera de cobranza)</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::CollectionPlanDialog</name>
    <message>
        <source>De&amp;linquent: a collection payment plan for an account in collections</source>
        <translation>&amp;Moroso: un plan de pagos de cobranza para una cuenta en cobranza</translation>
    </message>
    <message>
        <source>CGM &amp;webPAY</source>
        <translation>CGM &amp;webPAY</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>Guar&amp;dar</translation>
    </message>
    <message>
        <source>&amp;End plan…</source>
        <translation>Finali&amp;zar plan…</translation>
    </message>
    <message>
        <source>Payment plan · Account #%1</source>
        <translation>Plan de pagos · Cuenta n.º %1</translation>
    </message>
    <message>
        <source>Payment plan: %1 · Account #%2</source>
        <translation>Plan de pagos: %1 · Cuenta n.º %2</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>&amp;Start Date of Plan:</source>
        <translation>Fecha de &amp;inicio del plan:</translation>
    </message>
    <message>
        <source>Payment &amp;Amount:</source>
        <translation>Im&amp;porte del pago:</translation>
    </message>
    <message>
        <source>Payment &amp;Days:</source>
        <translation>Días &amp;entre pagos:</translation>
    </message>
    <message>
        <source>&amp;Next Payment Date:</source>
        <translation>Fecha del pró&amp;ximo pago:</translation>
    </message>
    <message>
        <source>Last Payment Date:</source>
        <translation>Fecha del último pago:</translation>
    </message>
    <message>
        <source>Last Payment Amount $:</source>
        <translation>Importe del último pago $:</translation>
    </message>
    <message>
        <source>Status for De&amp;fault:</source>
        <translation>Estado por inc&amp;umplimiento:</translation>
    </message>
    <message>
        <source>Not the plan&apos;s failed status: on a default the account stays in it until a user changes it (its Days to Remain and Transfer are ignored).</source>
        <translation>No es el estado de fallo del plan: ante un incumplimiento, la cuenta permanece en él hasta que un usuario lo cambie (se ignoran sus Días de permanencia y su Código de estado siguiente).</translation>
    </message>
    <message>
        <source>Collection by card</source>
        <translation>Cobro con tarjeta</translation>
    </message>
    <message>
        <source>&amp;Merchant:</source>
        <translation>&amp;Comercio:</translation>
    </message>
    <message>
        <source>Payment Me&amp;thod:</source>
        <translation>Mé&amp;todo de pago:</translation>
    </message>
    <message>
        <source>Card &amp;Holder Name:</source>
        <translation>&amp;Nombre del titular de la tarjeta:</translation>
    </message>
    <message>
        <source>Card Holder &amp;Zip Code:</source>
        <translation>Código post&amp;al del titular:</translation>
    </message>
    <message>
        <source>The processor collects with a card it holds a token for: PayDesk never asks for a card number or security code.</source>
        <translation>El procesador cobra con una tarjeta de la que guarda un token: PayDesk nunca pide un número de tarjeta ni un código de seguridad.</translation>
    </message>
    <message>
        <source>Account #%1</source>
        <translation>Cuenta n.º %1</translation>
    </message>
    <message>
        <source>%1 · Account #%2</source>
        <translation>%1 · Cuenta n.º %2</translation>
    </message>
    <message>
        <source>%1: no collection status</source>
        <translation>%1: sin estado de cobranza</translation>
    </message>
    <message>
        <source>%1: %2 since %3</source>
        <translation>%1: %2 desde el %3</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>%1 plan, Active since %2.</source>
        <translation>%1: plan activo desde el %2.</translation>
    </message>
    <message>
        <source>Collection payment</source>
        <translation>Pago de cobranza</translation>
    </message>
    <message>
        <source>Non-delinquent payment</source>
        <translation>Pago no moroso</translation>
    </message>
    <message>
        <source>Payment Amount: %1</source>
        <translation>Importe del pago: %1</translation>
    </message>
    <message>
        <source>End payment plan</source>
        <translation>Finalizar plan de pagos</translation>
    </message>
    <message>
        <source>The plan ends today; a non-delinquent plan&apos;s account leaves collections, a collection plan&apos;s returns to the initial status.
&amp;Note (required, kept in the history):</source>
        <translation>El plan finaliza hoy; la cuenta de un plan no moroso sale de cobranza y la de un plan de cobranza vuelve al estado inicial.
&amp;Nota (obligatoria, se guarda en el historial):</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::CollectionRosterModel</name>
    <message>
        <source>Account #</source>
        <translation>Cuenta n.º</translation>
    </message>
    <message>
        <source>Guarantor</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Days in status</source>
        <translation>Días en el estado</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Delinquent</source>
        <translation>Moroso</translation>
    </message>
    <message>
        <source>Next payment</source>
        <translation>Próximo pago</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::CollectionStatusDialog</name>
    <message>
        <source>Set collection status</source>
        <translation>Establecer estado de cobranza</translation>
    </message>
    <message>
        <source>Take out of collections</source>
        <translation>Sacar de cobranza</translation>
    </message>
    <message>
        <source>%1: the new status holds from today; its days count from today.</source>
        <translation>%1: el nuevo estado rige desde hoy; sus días se cuentan desde hoy.</translation>
    </message>
    <message>
        <source>%1 leaves collections today; an Active collections payment plan ends with it.</source>
        <translation>%1 sale hoy de cobranza; un plan de pagos de cobranza activo finaliza con ella.</translation>
    </message>
    <message>
        <source>Required: kept in the account&apos;s history</source>
        <translation>Obligatoria: se guarda en el historial de la cuenta</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>&amp;Set status</source>
        <translation>Es&amp;tablecer estado</translation>
    </message>
    <message>
        <source>&amp;Take out</source>
        <translation>&amp;Sacar</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::CollectionsDialog</name>
    <message>
        <source>Set s&amp;tatus…</source>
        <translation>Establecer es&amp;tado…</translation>
    </message>
    <message>
        <source>Take &amp;out of collections…</source>
        <translation>Sacar de c&amp;obranza…</translation>
    </message>
    <message>
        <source>Payment &amp;plan…</source>
        <translation>Plan de &amp;pagos…</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>Cobranza</translation>
    </message>
    <message>
        <source>A guarantor&apos;s name or an account #</source>
        <translation>Nombre de un responsable o n.º de cuenta</translation>
    </message>
    <message>
        <source>Needs the %1 role</source>
        <translation>Requiere el rol de %1</translation>
    </message>
    <message>
        <source>Open &amp;account</source>
        <translation>Abrir &amp;cuenta</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exportar CSV…</translation>
    </message>
    <message>
        <source>Fi&amp;nd:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>Pop&amp;ulate Collection Roster…</source>
        <translation>&amp;Generar la lista de cobranza…</translation>
    </message>
    <message>
        <source>All accounts (%1)</source>
        <translation>Todas las cuentas (%1)</translation>
    </message>
    <message>
        <source>%1 (%2) – %3</source>
        <translation>%1 (%2) – %3</translation>
    </message>
    <message numerus="yes">
        <source>The first %n accounts; scroll for more.</source>
        <translation>
            <numerusform>La primera cuenta (%n); desplácese para ver más.</numerusform>
            <numerusform>Las primeras %n cuentas; desplácese para ver más.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s).</source>
        <translation>
            <numerusform>%n cuenta.</numerusform>
            <numerusform>%n cuentas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose an account in the roster first.</source>
        <translation>Primero elija una cuenta de la lista de cobranza.</translation>
    </message>
    <message>
        <source>Account #%1</source>
        <translation>Cuenta n.º %1</translation>
    </message>
    <message>
        <source>%1 · Account #%2</source>
        <translation>%1 · Cuenta n.º %2</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exportar CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Collection status codes</source>
        <translation>Códigos de estado de cobranza</translation>
    </message>
    <message>
        <source>Accounts with the chosen status</source>
        <translation>Cuentas con el estado elegido</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::CollectionsSettingsPage</name>
    <message>
        <source>Patient Collections Integration</source>
        <translation>Integración de cobranza de pacientes</translation>
    </message>
    <message>
        <source>The collections integration is saved.</source>
        <translation>Se guardó la integración de cobranza.</translation>
    </message>
    <message>
        <source>Sa&amp;ve integration</source>
        <translation>Guar&amp;dar integración</translation>
    </message>
    <message>
        <source>Delin&amp;quent after:</source>
        <translation>&amp;Moroso tras:</translation>
    </message>
    <message>
        <source>days (1 to 999)</source>
        <translation>días (de 1 a 999)</translation>
    </message>
    <message>
        <source>Minimum &amp;amount:</source>
        <translation>&amp;Importe mínimo:</translation>
    </message>
    <message>
        <source>A balance is delinquent when at least this much of it is older than the days above.</source>
        <translation>Un saldo es moroso cuando al menos este importe tiene más antigüedad que los días indicados arriba.</translation>
    </message>
    <message>
        <source>Initial coll&amp;ection status:</source>
        <translation>Estado de cobranza inici&amp;al:</translation>
    </message>
    <message>
        <source>Collection Pa&amp;yment Plan:</source>
        <translation>&amp;Plan de pagos de cobranza:</translation>
    </message>
    <message>
        <source>Collection Payment Plan &amp;Failed:</source>
        <translation>Plan de pagos de cobranza &amp;fallido:</translation>
    </message>
    <message>
        <source>&amp;Non-Delinquent Payment Plan:</source>
        <translation>Plan de pagos &amp;no moroso:</translation>
    </message>
    <message>
        <source>Non-De&amp;linquent Pmt Plan Failed:</source>
        <translation>Plan de pagos no moroso fa&amp;llido:</translation>
    </message>
    <message>
        <source>Until it is set, collections are off and the daily run skips them.</source>
        <translation>Mientras no se configure, la cobranza está desactivada y la facturación diaria la omite.</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::ConnectionDialog</name>
    <message>
        <source>A SQLite &amp;file on this computer</source>
        <translation>Un arc&amp;hivo SQLite en este equipo</translation>
    </message>
    <message>
        <source>A Postgre&amp;SQL server</source>
        <translation>Un servidor Postgre&amp;SQL</translation>
    </message>
    <message>
        <source>Open a PayDesk database</source>
        <translation>Abrir una base de datos de PayDesk</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>&amp;Path:</source>
        <translation>&amp;Ruta:</translation>
    </message>
    <message>
        <source>A new file is created and set up when it does not exist yet.</source>
        <translation>Si el archivo no existe, se crea y se prepara.</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>Ser&amp;vidor:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de datos:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>Choose or create a PayDesk database</source>
        <translation>Elija o cree una base de datos de PayDesk</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.db);;All files (*)</source>
        <translation>Bases de datos SQLite (*.sqlite *.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Opens %1</source>
        <translation>Abre %1</translation>
    </message>
    <message>
        <source>Creates %1</source>
        <translation>Crea %1</translation>
    </message>
    <message>
        <source>Connects to %1</source>
        <translation>Se conecta a %1</translation>
    </message>
    <message>
        <source>default</source>
        <translation>predeterminado</translation>
    </message>
    <message>
        <source>from the keychain or ~/.pgpass when empty</source>
        <translation>del llavero o de ~/.pgpass si se deja vacía</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Ser&amp;vice:</source>
        <translation>Servici&amp;o:</translation>
    </message>
    <message>
        <source>A password typed here is kept in the system keychain when there is one, else asked for each time. A service from pg_service.conf fills what is left empty.</source>
        <translation>Una contraseña escrita aquí se guarda en el llavero del sistema si lo hay; si no, se pide cada vez. Un servicio de pg_service.conf completa lo que se deje vacío.</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::DashboardDialog</name>
    <message>
        <source>Patient billing dashboard – %1</source>
        <translation>Panel de facturación de pacientes – %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Families</source>
        <translation>Familias</translation>
    </message>
    <message>
        <source>Families by billing status</source>
        <translation>Familias por estado de facturación</translation>
    </message>
    <message>
        <source>Plans disabled</source>
        <translation>Planes desactivados</translation>
    </message>
    <message>
        <source>Plans disabled in the last %1 days</source>
        <translation>Planes desactivados en los últimos %1 días</translation>
    </message>
    <message>
        <source>MMM d</source>
        <comment>a day under a chart&apos;s bar</comment>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>MMM</source>
        <comment>a month under a chart&apos;s bar; the title names the years</comment>
        <translation>MMM</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>de %1 a %2</translation>
    </message>
    <message>
        <source>Plan payments received per month, %1</source>
        <translation>Pagos de planes recibidos por mes, %1</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::DateEdit</name>
    <message>
        <source>Type the date as %1 or YYYY-MM-DD (two-digit years are this year or before); Up and Down change the day; Alt+Down opens the calendar.</source>
        <translation>Escriba la fecha como %1 o AAAA-MM-DD (un año de dos cifras es este año o uno anterior); Arriba y Abajo cambian el día; Alt+Abajo abre el calendario.</translation>
    </message>
    <message>
        <source>Calendar (Alt+Down)</source>
        <translation>Calendario (Alt+Abajo)</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>Type a date as %1 or YYYY-MM-DD.</source>
        <translation>Escriba una fecha como %1 o AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>%1 is after today (%2).</source>
        <translation>%1 es posterior a hoy (%2).</translation>
    </message>
    <message>
        <source>%1 is before %2.</source>
        <translation>%1 es anterior al %2.</translation>
    </message>
    <message>
        <source>%1 is on or before the lock date %2 (Settings; config key ledger.lock_date): the books of that period are closed.</source>
        <translation>%1 es igual o anterior a la fecha de cierre %2 (Configuración; clave ledger.lock_date): las cuentas de ese periodo están cerradas.</translation>
    </message>
    <message>
        <source>%1 is more than a year after today (%2).</source>
        <translation>%1 es más de un año posterior a hoy (%2).</translation>
    </message>
    <message>
        <source>Alt+Down in the date opens the calendar.</source>
        <translation>Alt+Abajo en la fecha abre el calendario.</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::DepositLinesModel</name>
    <message>
        <source>%1 of #%2</source>
        <translation>%1 del n.º %2</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Pago</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Forma de pago</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Clase</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Posted by</source>
        <translation>Registrado por</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::DepositReportDialog</name>
    <message>
        <source>Deposit &amp;date:</source>
        <translation>&amp;Fecha del depósito:</translation>
    </message>
    <message>
        <source>By method</source>
        <translation>Por forma de pago</translation>
    </message>
    <message>
        <source>By user</source>
        <translation>Por usuario</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exportar &amp;CSV…</translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation>Guardar &amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;Open for printing</source>
        <translation>&amp;Abrir para imprimir</translation>
    </message>
    <message>
        <source>Deposit report for %1</source>
        <translation>Informe de depósito del %1</translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s), total %1</source>
        <translation>
            <numerusform>%n pago, total %1</numerusform>
            <numerusform>%n pagos, total %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export deposit report</source>
        <translation>Exportar informe de depósito</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Printed by %1 on %2</source>
        <translation>Impreso por %1 el %2</translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s)</source>
        <translation>
            <numerusform>%n pago</numerusform>
            <numerusform>%n pagos</numerusform>
        </translation>
    </message>
    <message>
        <source>Deposit report</source>
        <translation>Informe de depósito</translation>
    </message>
    <message>
        <source>Press Enter to show %1.</source>
        <translation>Pulse Intro para ver el informe del %1.</translation>
    </message>
    <message>
        <source>Payments of the day</source>
        <translation>Pagos del día</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::DeskCommands</name>
    <message>
        <source>New patient</source>
        <translation>Nuevo paciente</translation>
    </message>
    <message>
        <source>Enter charge</source>
        <translation>Registrar cargo</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>Ajuste</translation>
    </message>
    <message>
        <source>Post payment</source>
        <translation>Registrar pago</translation>
    </message>
    <message>
        <source>Daily deposit</source>
        <translation>Depósito diario</translation>
    </message>
    <message>
        <source>Family Balancer</source>
        <translation>Equilibrador de familias</translation>
    </message>
    <message>
        <source>Net unearned income</source>
        <translation>Anticipos netos</translation>
    </message>
    <message>
        <source>Void charge</source>
        <translation>Anular cargo</translation>
    </message>
    <message>
        <source>Void adjustment</source>
        <translation>Anular ajuste</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Aging</source>
        <translation>Antigüedad de saldos</translation>
    </message>
    <message>
        <source>Patient Billing</source>
        <translation>Facturación de pacientes</translation>
    </message>
    <message>
        <source>Run daily billing</source>
        <translation>Ejecutar la facturación diaria</translation>
    </message>
    <message>
        <source>Print the day&apos;s statements</source>
        <translation>Imprimir los estados de cuenta del día</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>Cobranza</translation>
    </message>
    <message>
        <source>Online payments</source>
        <translation>Pagos en línea</translation>
    </message>
    <message>
        <source>Practice Groups</source>
        <translation>Grupos de consultorios</translation>
    </message>
    <message>
        <source>Migrations</source>
        <translation>Migraciones</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::DeskSession</name>
    <message>
        <source>S&amp;witch user…</source>
        <translation>Cambiar de &amp;usuario…</translation>
    </message>
    <message>
        <source>C&amp;hange password…</source>
        <translation>Cambiar con&amp;traseña…</translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation>&amp;Usuarios…</translation>
    </message>
    <message>
        <source>Audit &amp;trail…</source>
        <translation>Registro de au&amp;ditoría…</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>Usuario: %1</translation>
    </message>
    <message>
        <source>User: %1 (not a user of this database)</source>
        <translation>Usuario: %1 (no es usuario de esta base de datos)</translation>
    </message>
    <message>
        <source>User: %1 (%2)</source>
        <translation>Usuario: %1 (%2)</translation>
    </message>
    <message>
        <source>%1 signed in</source>
        <translation>%1 ha iniciado sesión</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Cambiar contraseña</translation>
    </message>
    <message>
        <source>The password of %1 is changed</source>
        <translation>Se ha cambiado la contraseña de %1</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Registro de auditoría</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::ErrorLabel</name>
    <message>
        <source>The database failed; nothing was saved: %1</source>
        <translation>Falló la base de datos; no se guardó nada: %1</translation>
    </message>
    <message>
        <source>The amounts are too large to add up; nothing was saved.</source>
        <translation>Los importes son demasiado grandes para sumarlos; no se guardó nada.</translation>
    </message>
    <message>
        <source>PayDesk could not finish this; nothing was saved: %1</source>
        <translation>PayDesk no pudo terminar esto; no se ha guardado nada: %1</translation>
    </message>
    <message>
        <source>PayDesk could not finish this; nothing was saved.</source>
        <translation>PayDesk no pudo terminar esto; no se ha guardado nada.</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::FamilyBalancerDialog</name>
    <message>
        <source>Family Balancer</source>
        <translation>Equilibrador de familias</translation>
    </message>
    <message>
        <source>&amp;Balance</source>
        <translation>E&amp;quilibrar</translation>
    </message>
    <message>
        <source>Ru&amp;ns</source>
        <translation>Eje&amp;cuciones</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::FamilyGroupPicker</name>
    <message>
        <source>Mo&amp;ve</source>
        <translation>&amp;Mover</translation>
    </message>
    <message>
        <source>Practice gro&amp;up:</source>
        <translation>Gr&amp;upo de consultorios:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The groups on the same ledger: a legacy group becomes tracked only by its migration (Tools &gt; Practice Groups).</source>
        <translation>Los grupos con el mismo libro mayor: un grupo con libro mayor heredado pasa a asignaciones registradas solo mediante su migración (Herramientas &gt; Grupos de consultorios).</translation>
    </message>
    <message>
        <source>Practice group</source>
        <translation>Grupo de consultorios</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::FamilyMemberCombo</name>
    <message>
        <source>%1 (born %2, guarantor)</source>
        <comment>any patient, man or woman</comment>
        <translation>%1 (nac. %2, responsable)</translation>
    </message>
    <message>
        <source>%1 (born %2)</source>
        <comment>any patient, man or woman</comment>
        <translation>%1 (nac. %2)</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::FamilyReportDialog</name>
    <message>
        <source>&amp;Open account</source>
        <translation>&amp;Abrir cuenta</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exportar &amp;CSV…</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::ItemVoidDialog</name>
    <message>
        <source>Void charge #%1</source>
        <translation>Anular el cargo n.º %1</translation>
    </message>
    <message>
        <source>Void adjustment #%1</source>
        <translation>Anular el ajuste n.º %1</translation>
    </message>
    <message>
        <source>Required: kept in the audit trail</source>
        <translation>Obligatorio: queda en el registro de auditoría</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>&amp;Void charge</source>
        <translation>&amp;Anular cargo</translation>
    </message>
    <message>
        <source>&amp;Void adjustment</source>
        <translation>&amp;Anular ajuste</translation>
    </message>
    <message>
        <source>Charge #%1: %2, %3.</source>
        <translation>Cargo n.º %1: %2, %3.</translation>
    </message>
    <message>
        <source>Adjustment #%1: %2 of %3 on %4 (%5).</source>
        <translation>Ajuste n.º %1: %2 de %3 el %4 (%5).</translation>
    </message>
    <message>
        <source>It is on charge #%1.</source>
        <translation>Está asociado al cargo n.º %1.</translation>
    </message>
    <message>
        <source>The void is an adjustment of %1 dated today: the charge then owes nothing.</source>
        <translation>La anulación es un ajuste de %1 con fecha de hoy: el cargo ya no debe nada.</translation>
    </message>
    <message>
        <source>The void is an adjustment of %1 dated today that cancels it.</source>
        <translation>La anulación es un ajuste de %1 con fecha de hoy que lo compensa.</translation>
    </message>
    <message>
        <source>No payment is allocated to it, so no payment changes.</source>
        <translation>No tiene ningún pago aplicado, así que ningún pago cambia.</translation>
    </message>
    <message>
        <source>These payments get back what they paid on it, as unallocated credit:</source>
        <translation>Estos pagos recuperan lo que pagaron en él, como crédito sin aplicar:</translation>
    </message>
    <message>
        <source>• %1 to payment #%2 (%3, %4)</source>
        <translation>• %1 al pago n.º %2 (%3, %4)</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::LedgerModel</name>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>Ajuste</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>Seguro</translation>
    </message>
    <message>
        <source>Write-off</source>
        <translation>Cancelación</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Pago</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Anulación</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Reembolso</translation>
    </message>
    <message>
        <source>Txfr</source>
        <translation>Transf.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::ListTableView</name>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exportar CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>&amp;Sort by %1, ascending</source>
        <translation>&amp;Ordenar por %1, ascendente</translation>
    </message>
    <message>
        <source>&amp;Sort by %1, descending</source>
        <translation>&amp;Ordenar por %1, descendente</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::MainWindow</name>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>&amp;Connect to database…</source>
        <translation>&amp;Conectar a una base de datos…</translation>
    </message>
    <message>
        <source>&amp;Export current list to CSV…</source>
        <translation>&amp;Exportar la lista actual a CSV…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Find patient</source>
        <translation>&amp;Buscar paciente</translation>
    </message>
    <message>
        <source>&amp;Refresh account</source>
        <translation>&amp;Actualizar cuenta</translation>
    </message>
    <message>
        <source>New &amp;family…</source>
        <translation>Nueva &amp;familia…</translation>
    </message>
    <message>
        <source>New &amp;patient…</source>
        <translation>Nuevo &amp;paciente…</translation>
    </message>
    <message>
        <source>Enter &amp;charge…</source>
        <translation>Registrar &amp;cargo…</translation>
    </message>
    <message>
        <source>&amp;Adjustment…</source>
        <translation>A&amp;juste…</translation>
    </message>
    <message>
        <source>&amp;Post payment…</source>
        <translation>&amp;Registrar pago…</translation>
    </message>
    <message>
        <source>&amp;Void…</source>
        <translation>&amp;Anular…</translation>
    </message>
    <message>
        <source>&amp;Refund…</source>
        <translation>Ree&amp;mbolsar…</translation>
    </message>
    <message>
        <source>Print &amp;receipt…</source>
        <translation>&amp;Imprimir recibo…</translation>
    </message>
    <message>
        <source>&amp;Daily deposit…</source>
        <translation>&amp;Depósito diario…</translation>
    </message>
    <message>
        <source>&amp;About PayDesk</source>
        <translation>&amp;Acerca de PayDesk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>P&amp;atient</source>
        <translation>&amp;Paciente</translation>
    </message>
    <message>
        <source>Pa&amp;yment</source>
        <translation>Pa&amp;go</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Informes</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Mostrador</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de datos: %1</translation>
    </message>
    <message>
        <source>PayDesk – %1</source>
        <translation>PayDesk – %1</translation>
    </message>
    <message>
        <source>Family #%1 created</source>
        <translation>Familia n.º %1 creada</translation>
    </message>
    <message>
        <source>Patient #%1 added</source>
        <translation>Paciente n.º %1 añadido</translation>
    </message>
    <message>
        <source>Charge #%1 saved</source>
        <translation>Cargo n.º %1 guardado</translation>
    </message>
    <message>
        <source>Adjustment #%1 saved</source>
        <translation>Ajuste n.º %1 guardado</translation>
    </message>
    <message>
        <source>Payment #%1 posted</source>
        <translation>Pago n.º %1 registrado</translation>
    </message>
    <message>
        <source>Payment #%1 voided</source>
        <translation>Pago n.º %1 anulado</translation>
    </message>
    <message>
        <source>Refund of payment #%1 posted</source>
        <translation>Reembolso del pago n.º %1 registrado</translation>
    </message>
    <message>
        <source>About PayDesk</source>
        <translation>Acerca de PayDesk</translation>
    </message>
    <message>
        <source>&amp;Net unearned income…</source>
        <translation>A&amp;nticipos netos…</translation>
    </message>
    <message>
        <source>&amp;Family Balancer…</source>
        <translation>&amp;Equilibrador de familias…</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Herramientas</translation>
    </message>
    <message>
        <source>&amp;Aging…</source>
        <translation>&amp;Antigüedad de saldos…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>Void c&amp;harge…</source>
        <translation>Anular ca&amp;rgo…</translation>
    </message>
    <message>
        <source>Void a&amp;djustment…</source>
        <translation>Anular aj&amp;uste…</translation>
    </message>
    <message>
        <source>Charge #%1 voided by adjustment #%2</source>
        <translation>Cargo n.º %1 anulado por el ajuste n.º %2</translation>
    </message>
    <message>
        <source>Adjustment #%1 voided by adjustment #%2</source>
        <translation>Ajuste n.º %1 anulado por el ajuste n.º %2</translation>
    </message>
    <message>
        <source>&lt;h3&gt;PayDesk %1&lt;/h3&gt;&lt;p&gt;Patient payments and their allocation to charges, for clinic front offices.&lt;/p&gt;&lt;p&gt;Every amount is kept in exact cents; every posting is one transaction with its audit trail.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;PayDesk %1&lt;/h3&gt;&lt;p&gt;Los cobros a pacientes y su aplicación a los cargos, para la recepción de las clínicas.&lt;/p&gt;&lt;p&gt;Cada importe se guarda exacto, en centavos; cada registro es una sola transacción con su registro de auditoría.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Patient &amp;Billing…</source>
        <translation>&amp;Facturación de pacientes…</translation>
    </message>
    <message>
        <source>&amp;Run Daily Billing…</source>
        <translation>&amp;Ejecutar la facturación diaria…</translation>
    </message>
    <message>
        <source>Print &amp;Statement…</source>
        <translation>Imprimir e&amp;stado de cuenta…</translation>
    </message>
    <message>
        <source>Print the &amp;Day&apos;s Statements…</source>
        <translation>Imprimir los estados de cuenta del &amp;día…</translation>
    </message>
    <message>
        <source>Das&amp;hboard…</source>
        <translation>&amp;Panel…</translation>
    </message>
    <message>
        <source>&amp;Billing</source>
        <translation>&amp;Facturación</translation>
    </message>
    <message>
        <source>&amp;Collections…</source>
        <translation>&amp;Cobranza…</translation>
    </message>
    <message>
        <source>&amp;Online Payments…</source>
        <translation>Pagos en &amp;línea…</translation>
    </message>
    <message>
        <source>&amp;Fetch and Process Reports…</source>
        <translation>&amp;Obtener y procesar informes…</translation>
    </message>
    <message>
        <source>&amp;Practice Groups…</source>
        <translation>Grupos de &amp;consultorios…</translation>
    </message>
    <message>
        <source>&amp;Migrations…</source>
        <translation>&amp;Migraciones…</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guía del usuario</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::MembersModel</name>
    <message>
        <source>Patient #</source>
        <translation>Paciente n.º</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Nacimiento</translation>
    </message>
    <message>
        <source>Guarantor</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Unallocated credit</source>
        <translation>Crédito sin aplicar</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::MigrationLogDialog</name>
    <message>
        <source>Migration %1 does not exist.</source>
        <translation>La migración %1 no existe.</translation>
    </message>
    <message>
        <source>Migration %1: log</source>
        <translation>Migración %1: bitácora</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Why it failed: %1</source>
        <translation>Motivo del error: %1</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::MigrationLogModel</name>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Families</source>
        <translation>Familias</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Converting</source>
        <translation>Convirtiendo</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verificada</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Restarted</source>
        <translation>Reiniciada</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::MigrationsDialog</name>
    <message>
        <source>←</source>
        <translation>←</translation>
    </message>
    <message>
        <source>→</source>
        <translation>→</translation>
    </message>
    <message>
        <source>Migrations</source>
        <translation>Migraciones</translation>
    </message>
    <message>
        <source>An id, a group, a user or a status</source>
        <translation>Un id, un grupo, un usuario o un estado</translation>
    </message>
    <message>
        <source>Previous page (PgUp)</source>
        <translation>Página anterior (PgUp)</translation>
    </message>
    <message>
        <source>Next page (PgDn)</source>
        <translation>Página siguiente (PgDn)</translation>
    </message>
    <message>
        <source>Open &amp;log</source>
        <translation>Abrir &amp;bitácora</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message numerus="yes">
        <source>%n migration(s).</source>
        <translation>
            <numerusform>%n migración.</numerusform>
            <numerusform>%n migraciones.</numerusform>
        </translation>
    </message>
    <message>
        <source>Migration log</source>
        <translation>Bitácora de la migración</translation>
    </message>
    <message>
        <source>Run Nightly &amp;Job Now</source>
        <translation>Ejecutar la &amp;tarea nocturna ahora</translation>
    </message>
    <message>
        <source>Starts the queued migrations if the practice&apos;s nightly time has come, and any a stopped job left In Progress, as the scheduled job would now.</source>
        <translation>Inicia las migraciones en cola si ya llegó la hora nocturna del consultorio, y cualquiera que una tarea detenida dejó En curso, como lo haría ahora la tarea programada.</translation>
    </message>
    <message>
        <source>Starting the nightly job…</source>
        <translation>Iniciando la tarea nocturna…</translation>
    </message>
    <message>
        <source>Migration %1: %2 of %3 families, %4 rows written</source>
        <translation>Migración %1: %2 de %3 familias, %4 filas escritas</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::MigrationsModel</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Practice Group</source>
        <translation>Grupo de consultorios</translation>
    </message>
    <message>
        <source>Created at</source>
        <translation>Fecha de creación</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Creada por</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Completed On</source>
        <translation>Fecha de finalización</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Waits for the nightly job.</source>
        <translation>Espera la tarea nocturna.</translation>
    </message>
    <message numerus="yes">
        <source>%n family(ies), %1 row(s) written</source>
        <translation>
            <numerusform>%n familia, %1 fila(s) escrita(s)</numerusform>
            <numerusform>%n familias, %1 fila(s) escrita(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>The nightly job is converting the group; its counts appear when it ends.</source>
        <translation>La tarea nocturna está convirtiendo el grupo; sus cifras aparecen cuando termina.</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::NetUnearnedDialog</name>
    <message>
        <source>Families holding unearned income (prepayments). Apply it to what their charges owe, or refund it. Enter or a double-click opens the account.</source>
        <translation>Familias con anticipos (pagos por adelantado). Aplíquelos a lo que deben sus cargos o reembólselos. Intro o un doble clic abre la cuenta.</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Ac&amp;tualizar</translation>
    </message>
    <message>
        <source>Net unearned income as of %1</source>
        <translation>Anticipos netos al %1</translation>
    </message>
    <message numerus="yes">
        <source>%n family(ies) hold %1 of unearned income; their charges owe %2.</source>
        <translation>
            <numerusform>%n familia tiene %1 de anticipos; sus cargos deben %2.</numerusform>
            <numerusform>%n familias tienen %1 de anticipos; sus cargos deben %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export net unearned income</source>
        <translation>Exportar anticipos netos</translation>
    </message>
    <message>
        <source>Families holding unearned income</source>
        <translation>Familias con ingreso anticipado</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::NetUnearnedModel</name>
    <message>
        <source>Account #</source>
        <translation>Cuenta n.º</translation>
    </message>
    <message>
        <source>Guarantor</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Unearned</source>
        <translation>Anticipos</translation>
    </message>
    <message>
        <source>Oldest</source>
        <translation>Más antiguo</translation>
    </message>
    <message>
        <source>Days held</source>
        <translation>Días</translation>
    </message>
    <message>
        <source>Charges owe</source>
        <translation>Deben los cargos</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::NewPatientDialog</name>
    <message>
        <source>&amp;Guarantor: the person responsible for the family&apos;s account</source>
        <translation>&amp;Responsable: la persona a cargo de la cuenta familiar</translation>
    </message>
    <message>
        <source>New family</source>
        <translation>Nueva familia</translation>
    </message>
    <message>
        <source>A new family account is opened; its first member is the guarantor.</source>
        <translation>Se abre una cuenta familiar nueva; su primer miembro es el responsable.</translation>
    </message>
    <message>
        <source>New patient in account %1</source>
        <translation>Nuevo paciente en la cuenta %1</translation>
    </message>
    <message>
        <source>Family account %1; the guarantor is %2.</source>
        <translation>Cuenta familiar %1; el responsable es %2.</translation>
    </message>
    <message>
        <source>Family account %1 has no guarantor yet.</source>
        <translation>La cuenta familiar %1 aún no tiene responsable.</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Apellidos:</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation>&amp;Fecha de nacimiento:</translation>
    </message>
    <message>
        <source>&amp;Open account</source>
        <translation>A&amp;brir cuenta</translation>
    </message>
    <message>
        <source>&amp;Add patient</source>
        <translation>Aña&amp;dir paciente</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::OnlinePaymentsDialog</name>
    <message>
        <source>Fetch and &amp;Process Reports…</source>
        <translation>Obtener y &amp;procesar informes…</translation>
    </message>
    <message>
        <source>Online payments</source>
        <translation>Pagos en línea</translation>
    </message>
    <message>
        <source>&amp;Balance due</source>
        <translation>&amp;Saldo a pagar</translation>
    </message>
    <message>
        <source>&amp;Files processed</source>
        <translation>&amp;Archivos procesados</translation>
    </message>
    <message>
        <source>Needs the %1 role</source>
        <translation>Requiere el rol de %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>E&amp;xceptions (%1)</source>
        <translation>E&amp;xcepciones (%1)</translation>
    </message>
    <message>
        <source>Reading the report folder…</source>
        <translation>Leyendo la carpeta de informes…</translation>
    </message>
    <message>
        <source>Stop after this file</source>
        <translation>Detener tras este archivo</translation>
    </message>
    <message>
        <source>Fetch and Process Reports</source>
        <translation>Obtener y procesar informes</translation>
    </message>
    <message>
        <source>Processed %1 (%2 of %3).</source>
        <translation>Procesado %1 (%2 de %3).</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::OnlineServicesPage</name>
    <message>
        <source>(none: no Pay Now link)</source>
        <translation>(ninguna: sin enlace Pagar ahora)</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>The online patient services are saved.</source>
        <translation>Se guardaron los servicios en línea para pacientes.</translation>
    </message>
    <message>
        <source>e.g. lakeside.dental</source>
        <translation>p. ej. lakeside.dental</translation>
    </message>
    <message>
        <source>&amp;Clearinghouse:</source>
        <translation>&amp;Cámara de compensación:</translation>
    </message>
    <message>
        <source>Patients pay their balance on the clearinghouse&apos;s guest-pay page; PayDesk shows no Pay Now link until one is chosen.</source>
        <translation>Los pacientes pagan su saldo en la página de pago de invitado de la cámara de compensación; PayDesk no muestra ningún enlace Pagar ahora hasta que se elija una.</translation>
    </message>
    <message>
        <source>InstaMed &amp;alias:</source>
        <translation>A&amp;lias de InstaMed:</translation>
    </message>
    <message>
        <source>The practice&apos;s guest-pay alias from InstaMed (3 to 60 letters, digits, &apos;.&apos;, &apos;-&apos; or &apos;_&apos;). Patients type their account number on that page.</source>
        <translation>El alias de pago de invitado del consultorio en InstaMed (de 3 a 60 letras, dígitos, &apos;.&apos;, &apos;-&apos; o &apos;_&apos;). Los pacientes escriben su número de cuenta en esa página.</translation>
    </message>
    <message>
        <source>Report &amp;folder:</source>
        <translation>Carpeta de &amp;informes:</translation>
    </message>
    <message>
        <source>Where the clearinghouse&apos;s payment report files arrive; Fetch and Process Reports and the daily run read it.</source>
        <translation>Carpeta a la que llegan los archivos de informes de pagos de la cámara de compensación; la leen Obtener y procesar informes y la ejecución diaria.</translation>
    </message>
    <message>
        <source>Report &amp;time zone:</source>
        <translation>Zona &amp;horaria de los informes:</translation>
    </message>
    <message>
        <source>InstaMed&apos;s report times carry no zone: they are read in this one (the practice&apos;s until it is set).</source>
        <translation>Las horas de los informes de InstaMed no llevan zona horaria: se leen en esta (la del consultorio mientras no se configure).</translation>
    </message>
    <message>
        <source>Pay Now address:</source>
        <translation>Dirección de Pagar ahora:</translation>
    </message>
    <message>
        <source>Report folder</source>
        <translation>Carpeta de informes</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::OutcomesModel</name>
    <message>
        <source>Account #</source>
        <translation>Cuenta n.º</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <source>Amount moved</source>
        <translation>Importe movido</translation>
    </message>
    <message>
        <source>Why refused</source>
        <translation>Motivo del rechazo</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <source>Would change</source>
        <translation>Cambiaría</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Cambiada</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::PasswordFields</name>
    <message>
        <source>Empty: none yet</source>
        <translation>Vacía: ninguna por ahora</translation>
    </message>
    <message>
        <source>Re&amp;peat it:</source>
        <translation>Re&amp;pítala:</translation>
    </message>
    <message>
        <source>The two passwords differ: type the new one again.</source>
        <translation>Las dos contraseñas no coinciden: vuelva a escribir la nueva.</translation>
    </message>
    <message>
        <source>New pass&amp;word:</source>
        <translation>Contraseña n&amp;ueva:</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::PatientBillingDialog</name>
    <message>
        <source>Patient Billing</source>
        <translation>Facturación de pacientes</translation>
    </message>
    <message>
        <source>&amp;Queued</source>
        <translation>En co&amp;la</translation>
    </message>
    <message>
        <source>S&amp;ubmitted</source>
        <translation>En&amp;viados</translation>
    </message>
    <message>
        <source>&amp;Final statement sent</source>
        <translation>Estado de cuenta &amp;final enviado</translation>
    </message>
    <message>
        <source>Pending &amp;write-off</source>
        <translation>&amp;Pendiente de cancelación</translation>
    </message>
    <message>
        <source>Payment &amp;plans</source>
        <translation>Planes de pa&amp;gos</translation>
    </message>
    <message>
        <source>&amp;Other suspensions</source>
        <translation>&amp;Otras suspensiones</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::PatientResponsibilityPanel</name>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>&amp;Payment plan</source>
        <translation>P&amp;lan de pagos</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>Guar&amp;dar</translation>
    </message>
    <message>
        <source>Sav&amp;e address</source>
        <translation>Guardar dir&amp;ección</translation>
    </message>
    <message>
        <source>Patient statements</source>
        <translation>Estados de cuenta de pacientes</translation>
    </message>
    <message>
        <source>Billing status:</source>
        <translation>Estado de facturación:</translation>
    </message>
    <message>
        <source>Balance:</source>
        <translation>Saldo:</translation>
    </message>
    <message>
        <source>Statements sent:</source>
        <translation>Estados de cuenta enviados:</translation>
    </message>
    <message>
        <source>Billing resumes on:</source>
        <translation>Se reanuda la facturación el:</translation>
    </message>
    <message>
        <source>Last statement:</source>
        <translation>Último estado de cuenta:</translation>
    </message>
    <message>
        <source>Next statement:</source>
        <translation>Próximo estado de cuenta:</translation>
    </message>
    <message>
        <source>Payment plan</source>
        <translation>Plan de pagos</translation>
    </message>
    <message>
        <source>&amp;Monthly payment plan amount:</source>
        <translation>Importe &amp;mensual del plan de pagos:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>Fecha de i&amp;nicio:</translation>
    </message>
    <message>
        <source>Last payment:</source>
        <translation>Último pago:</translation>
    </message>
    <message>
        <source>Guarantor</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Mailing a&amp;ddress:</source>
        <translation>Dirección p&amp;ostal:</translation>
    </message>
    <message>
        <source>On: the daily billing run watches the family&apos;s payments against the plan.</source>
        <translation>Activado: la ejecución de la facturación diaria vigila los pagos de la familia según el plan.</translation>
    </message>
    <message>
        <source>Needs the %1 role</source>
        <translation>Requiere el rol de %1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 el %2</translation>
    </message>
    <message>
        <source>None since the start</source>
        <translation>Ninguno desde el inicio</translation>
    </message>
    <message numerus="yes">
        <source>(%n day(s) since, as of the last billing run)</source>
        <translation>
            <numerusform>(hace %n día, a la fecha de la última ejecución de la facturación)</numerusform>
            <numerusform>(hace %n días, a la fecha de la última ejecución de la facturación)</numerusform>
        </translation>
    </message>
    <message>
        <source>Disable payment plan</source>
        <translation>Desactivar el plan de pagos</translation>
    </message>
    <message>
        <source>The family returns to standard billing now.
&amp;Reason (optional, kept in the audit trail):</source>
        <translation>La familia vuelve ahora a la facturación normal.
&amp;Motivo (opcional, queda en el registro de auditoría):</translation>
    </message>
    <message>
        <source>Co&amp;llections plan…</source>
        <translation>Plan de co&amp;branza…</translation>
    </message>
    <message>
        <source>Collection status:</source>
        <translation>Estado de cobranza:</translation>
    </message>
    <message>
        <source>The collections payment plan: non-delinquent, or for an account in collections.</source>
        <translation>El plan de pagos de cobranza: no moroso o para una cuenta en cobranza.</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::PatientSearchModel</name>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>Account #</source>
        <translation>Cuenta n.º</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Nacimiento</translation>
    </message>
    <message>
        <source>Guarantor</source>
        <translation>Responsable</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::PatientSearchPanel</name>
    <message>
        <source>No patient matches &quot;%1&quot;</source>
        <translation>Ningún paciente coincide con «%1»</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n coincidencia</numerusform>
            <numerusform>%n coincidencias</numerusform>
        </translation>
    </message>
    <message>
        <source>Type a name, a birth date or an account number.</source>
        <translation>Escriba nombre, fecha de nacimiento o n.º de cuenta.</translation>
    </message>
    <message>
        <source>First %1 matches shown; scroll for more</source>
        <translation>Primeras %1 coincidencias; desplácese para ver más</translation>
    </message>
    <message>
        <source>Name, birth date (%1) or account #</source>
        <translation>Nombre, nacimiento (%1) o n.º de cuenta</translation>
    </message>
    <message>
        <source>Find patient (Ctrl+F)</source>
        <translation>Buscar paciente (Ctrl+F)</translation>
    </message>
    <message>
        <source>Patients found</source>
        <translation>Pacientes encontrados</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::PaymentsModel</name>
    <message>
        <source>Payment #</source>
        <translation>Pago n.º</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Forma de pago</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Unallocated</source>
        <translation>Sin aplicar</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Posted by</source>
        <translation>Registrado por</translation>
    </message>
    <message>
        <source>Void of #%1</source>
        <translation>Anulación del n.º %1</translation>
    </message>
    <message>
        <source>Refund of #%1</source>
        <translation>Reembolso del n.º %1</translation>
    </message>
    <message>
        <source>Voided by #%1</source>
        <translation>Anulado por el n.º %1</translation>
    </message>
    <message>
        <source>Refunded %1</source>
        <translation>Reembolsado %1</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::PlanRowsModel</name>
    <message>
        <source>Paid to</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Profesional</translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation>Clínica</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <source>Txfr</source>
        <translation>Transf.</translation>
    </message>
    <message>
        <source>Insurance spread</source>
        <translation>Reparto del seguro</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nueva</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>n.º %1</translation>
    </message>
    <message>
        <source>#%1 %2 %3 of %4 (%5)</source>
        <translation>n.º %1 %2 %3 del %4 (%5)</translation>
    </message>
    <message>
        <source>Insurance payment #%1</source>
        <translation>Pago del seguro n.º %1</translation>
    </message>
    <message>
        <source>Insurance %1 of %2 on claim #%3 (%4)</source>
        <translation>Seguro: %1 del %2 en la reclamación n.º %3 (%4)</translation>
    </message>
    <message>
        <source>New $0 procedure: %1</source>
        <translation>Nuevo procedimiento de 0,00: %1</translation>
    </message>
    <message>
        <source>Charge #%1</source>
        <translation>Cargo n.º %1</translation>
    </message>
    <message>
        <source>#%1 %2 %3 of %4</source>
        <translation>n.º %1 %2 %3 del %4</translation>
    </message>
    <message>
        <source>Adjustment #%1 %2 of %3</source>
        <translation>Ajuste n.º %1 %2 del %3</translation>
    </message>
    <message>
        <source>Adjustment #%1</source>
        <translation>Ajuste n.º %1</translation>
    </message>
    <message>
        <source>Unearned income</source>
        <translation>Anticipo</translation>
    </message>
    <message>
        <source>From payment</source>
        <translation>Del pago</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::PortalDismissDialog</name>
    <message>
        <source>Dismiss exception #%1</source>
        <translation>Descartar la excepción n.º %1</translation>
    </message>
    <message>
        <source>Required: kept in the audit trail</source>
        <translation>Obligatorio: queda en el registro de auditoría</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Descartar</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::PortalExceptionModel</name>
    <message>
        <source>#</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Account #</source>
        <translation>Cuenta n.º</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::PortalExceptionsPage</name>
    <message>
        <source>Show &amp;resolved ones too</source>
        <translation>Mostrar también las &amp;resueltas</translation>
    </message>
    <message>
        <source>&amp;Match…</source>
        <translation>&amp;Asignar…</translation>
    </message>
    <message>
        <source>&amp;Dismiss…</source>
        <translation>&amp;Descartar…</translation>
    </message>
    <message>
        <source>Needs the %1 role</source>
        <translation>Requiere el rol de %1</translation>
    </message>
    <message numerus="yes">
        <source>%n open exception(s): records that did not post.</source>
        <translation>
            <numerusform>%n excepción abierta: registros que no se pudieron registrar.</numerusform>
            <numerusform>%n excepciones abiertas: registros que no se pudieron registrar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose an exception in the list first.</source>
        <translation>Primero elija una excepción de la lista.</translation>
    </message>
    <message>
        <source>Exception #%1 is %2 already.</source>
        <translation>La excepción n.º %1 ya tiene el estado %2.</translation>
    </message>
    <message>
        <source>Nothing could be read from this record to post: dismiss it once the clearinghouse&apos;s report is dealt with.</source>
        <translation>De este registro no se pudo leer nada que registrar: descártelo una vez resuelto el informe de la cámara de compensación.</translation>
    </message>
    <message>
        <source>Exception #%1 posted on account %2.</source>
        <translation>La excepción n.º %1 se registró en la cuenta %2.</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, línea %2: %3</translation>
    </message>
    <message>
        <source>Exception #%1 dismissed.</source>
        <translation>Se descartó la excepción n.º %1.</translation>
    </message>
    <message>
        <source>Exceptions</source>
        <translation>Excepciones</translation>
    </message>
    <message>
        <source>The record as it stands in the file</source>
        <translation>El registro tal como figura en el archivo</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::PortalFilesModel</name>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Fetched</source>
        <translation>Obtenido</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Registrados</translation>
    </message>
    <message>
        <source>Total posted</source>
        <translation>Total registrado</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Reembolsos</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Duplicados</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitidos</translation>
    </message>
    <message>
        <source>Exceptions</source>
        <translation>Excepciones</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::PortalFilesPage</name>
    <message numerus="yes">
        <source>%n report file(s) processed; a file read before is skipped whole.</source>
        <translation>
            <numerusform>%n archivo de informe procesado; un archivo ya leído antes se omite entero.</numerusform>
            <numerusform>%n archivos de informe procesados; un archivo ya leído antes se omite entero.</numerusform>
        </translation>
    </message>
    <message>
        <source>Report files read</source>
        <translation>Archivos de informe leídos</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::PortalMatchDialog</name>
    <message>
        <source>&amp;Post to this family</source>
        <translation>&amp;Registrar en esta familia</translation>
    </message>
    <message>
        <source>Match exception #%1</source>
        <translation>Asignar la excepción n.º %1</translation>
    </message>
    <message>
        <source>Refund:</source>
        <translation>Reembolso:</translation>
    </message>
    <message>
        <source>Payment:</source>
        <translation>Pago:</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 el %2</translation>
    </message>
    <message>
        <source>Patient:</source>
        <translation>Paciente:</translation>
    </message>
    <message>
        <source>Account number:</source>
        <translation>Número de cuenta:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(sin datos)</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Motivo:</translation>
    </message>
    <message>
        <source>Record:</source>
        <translation>Registro:</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, línea %2</translation>
    </message>
    <message>
        <source>Find the family&apos;s patient first, then choose one.</source>
        <translation>Primero busque al paciente de la familia y luego elija uno.</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::PostPaymentDialog</name>
    <message>
        <source>This patient &amp;first</source>
        <translation>Este paciente &amp;primero</translation>
    </message>
    <message>
        <source>Auto-allocate (Alt+A)</source>
        <translation>Aplicar automáticamente (Alt+A)</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Limpiar</translation>
    </message>
    <message>
        <source>Post payment: account %1</source>
        <translation>Registrar pago: cuenta %1</translation>
    </message>
    <message>
        <source>Check number, card authorization…</source>
        <translation>Número de cheque, autorización de la tarjeta…</translation>
    </message>
    <message>
        <source>Account %1 · guarantor %2 · balance %3 · unallocated credit %4</source>
        <translation>Cuenta %1 · responsable %2 · saldo %3 · crédito sin aplicar %4</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Pat&amp;ient:</source>
        <translation>Pac&amp;iente:</translation>
    </message>
    <message>
        <source>A&amp;mount:</source>
        <translation>I&amp;mporte:</translation>
    </message>
    <message>
        <source>M&amp;ethod:</source>
        <translation>F&amp;orma de pago:</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>R&amp;eferencia:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>Allo&amp;cation of the payment to open items, oldest first:</source>
        <translation>Apli&amp;cación del pago a las partidas abiertas, la más antigua primero:</translation>
    </message>
    <message>
        <source>Pays the family&apos;s open items oldest first, up to the amount (Alt+A).</source>
        <translation>Paga las partidas abiertas de la familia empezando por la más antigua, hasta el importe (Alt+A).</translation>
    </message>
    <message>
        <source>&amp;Post</source>
        <translation>&amp;Registrar</translation>
    </message>
    <message>
        <source>The amounts in the grid are too large to add up.</source>
        <translation>Los importes de la tabla son demasiado grandes para sumarlos.</translation>
    </message>
    <message>
        <source>A negative payment (%1) is never allocated: press Clear.</source>
        <translation>Un pago negativo (%1) nunca se aplica: pulse Limpiar.</translation>
    </message>
    <message>
        <source>The grid applies %1, more than the payment of %2: lower an amount or press Clear.</source>
        <translation>La tabla aplica %1, más que el pago de %2: reduzca un importe o pulse Limpiar.</translation>
    </message>
    <message>
        <source>Remaining to allocate: %1</source>
        <translation>Queda por aplicar: %1</translation>
    </message>
    <message>
        <source>Type the amount the patient paid.</source>
        <translation>Escriba el importe que pagó el paciente.</translation>
    </message>
    <message>
        <source>Post %1 by %2: money returned, not allocated.</source>
        <translation>Registrar %1 con %2: dinero devuelto, sin aplicar.</translation>
    </message>
    <message>
        <source>nothing allocated</source>
        <translation>nada aplicado</translation>
    </message>
    <message numerus="yes">
        <source>allocate %1 to %n charge(s)</source>
        <translation>
            <numerusform>aplicar %1 a %n cargo</numerusform>
            <numerusform>aplicar %1 a %n cargos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>allocate %1 to %n item(s)</source>
        <translation>
            <numerusform>aplicar %1 a %n partida</numerusform>
            <numerusform>aplicar %1 a %n partidas</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing stays unallocated</source>
        <translation>no queda nada sin aplicar</translation>
    </message>
    <message>
        <source>%1 stays unallocated</source>
        <translation>quedan %1 sin aplicar</translation>
    </message>
    <message>
        <source>Post %1 by %2; %3; %4.</source>
        <translation>Registrar %1 con %2; %3; %4.</translation>
    </message>
    <message>
        <source>Print rece&amp;ipt</source>
        <translation>Imprimir reci&amp;bo</translation>
    </message>
    <message>
        <source>After posting, offer the receipt to print or save as PDF.</source>
        <translation>Después de registrar el pago, ofrece imprimir el recibo o guardarlo como PDF.</translation>
    </message>
    <message>
        <source>A payment must be more than %1.</source>
        <translation>Un pago debe ser mayor que %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n charge(s) dated after the payment date are paid.</source>
        <translation>
            <numerusform>Se paga %n cargo con fecha posterior a la del pago.</numerusform>
            <numerusform>Se pagan %n cargos con fecha posterior a la del pago.</numerusform>
        </translation>
    </message>
    <message>
        <source>Post %1 by %2: it lowers the family&apos;s balance, not allocated (legacy ledger).</source>
        <translation>Registrar %1 por %2: reduce el saldo de la familia, sin asignarse (libro mayor heredado).</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::PracticeGroupsDialog</name>
    <message>
        <source>A&amp;dd Group…</source>
        <translation>&amp;Agregar grupo…</translation>
    </message>
    <message>
        <source>&amp;Migrate…</source>
        <translation>&amp;Migrar…</translation>
    </message>
    <message>
        <source>Practice Groups</source>
        <translation>Grupos de consultorios</translation>
    </message>
    <message>
        <source>A legacy group&apos;s payments only lower the balance. Migrate moves the whole group to tracked allocations, once, by the nightly job.</source>
        <translation>Los pagos de un grupo con libro mayor heredado solo reducen el saldo. Migrar pasa todo el grupo a asignaciones registradas, una sola vez, mediante la tarea nocturna.</translation>
    </message>
    <message>
        <source>&amp;Migrate again…</source>
        <translation>Migrar &amp;de nuevo…</translation>
    </message>
    <message>
        <source>Only a legacy group with no migration Queued, In Progress or Active is migrated.</source>
        <translation>Solo se migra un grupo con libro mayor heredado que no tenga una migración En cola, En curso o Activa.</translation>
    </message>
    <message>
        <source>Moves the whole group to tracked allocations, by the nightly job.</source>
        <translation>Pasa todo el grupo a asignaciones registradas mediante la tarea nocturna.</translation>
    </message>
    <message>
        <source>Migrate practice group</source>
        <translation>Migrar grupo de consultorios</translation>
    </message>
    <message>
        <source>Practice groups</source>
        <translation>Grupos de consultorios</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::PracticeGroupsModel</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>Libro</translation>
    </message>
    <message>
        <source>Families</source>
        <translation>Familias</translation>
    </message>
    <message>
        <source>Patient Payment</source>
        <translation>Pago de paciente</translation>
    </message>
    <message>
        <source>Legacy ledger</source>
        <translation>Libro mayor heredado</translation>
    </message>
    <message>
        <source>Tracked allocations</source>
        <translation>Asignaciones registradas</translation>
    </message>
    <message>
        <source>Migrate</source>
        <translation>Migrar</translation>
    </message>
    <message>
        <source>%1 [%2]</source>
        <translation>%1 [%2]</translation>
    </message>
    <message>
        <source>MMM d, yyyy</source>
        <comment>the completion date of Active [Jan 24, 2018]</comment>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::PracticePage</name>
    <message>
        <source>No loc&amp;k date: every date may be entered</source>
        <translation>&amp;Sin fecha de cierre: se admite cualquier fecha</translation>
    </message>
    <message>
        <source>&amp;Closed up to and including:</source>
        <translation>Cerrado &amp;hasta el (inclusive):</translation>
    </message>
    <message>
        <source>Practice &amp;name:</source>
        <translation>&amp;Nombre del consultorio:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Zona horaria:</translation>
    </message>
    <message>
        <source>Decides what &quot;today&quot; is for every date PayDesk assigns or checks, such as a void&apos;s date or &quot;not after today&quot;.</source>
        <translation>Decide qué es «hoy» para cada fecha que PayDesk asigna o comprueba, como la fecha de una anulación o «no posterior a hoy».</translation>
    </message>
    <message>
        <source>Lock date:</source>
        <translation>Fecha de cierre:</translation>
    </message>
    <message>
        <source>Charges, adjustments and payments dated on or before the lock date can no longer be entered, voided or refunded, in the desk or from the command line. Set it once a period&apos;s books are closed, so that what was reported cannot change.</source>
        <translation>Los cargos, ajustes y pagos con fecha igual o anterior a la fecha de cierre ya no se pueden registrar, anular ni reembolsar, ni en el mostrador ni desde la línea de comandos. Fíjela cuando se cierren las cuentas de un periodo, para que lo ya informado no pueda cambiar.</translation>
    </message>
    <message>
        <source>The practice settings are saved.</source>
        <translation>La configuración del consultorio se ha guardado.</translation>
    </message>
    <message>
        <source>minutes without use (1 to 120)</source>
        <translation>minutos sin uso (de 1 a 120)</translation>
    </message>
    <message>
        <source>&amp;Lock the desk after:</source>
        <translation>&amp;Bloquear el mostrador tras:</translation>
    </message>
    <message>
        <source>On a secured database the desk then asks for the password again; what was open stays open.</source>
        <translation>En una base de datos protegida, el mostrador pide entonces de nuevo la contraseña; lo que estaba abierto sigue abierto.</translation>
    </message>
    <message>
        <source>Ni&amp;ghtly job at:</source>
        <translation>Tarea &amp;nocturna a las:</translation>
    </message>
    <message>
        <source>HH:MM on a 24-hour clock, in the practice&apos;s time zone: when the nightly job starts the queued migrations of practice groups (Tools &gt; Migrations).</source>
        <translation>HH:MM en formato de 24 horas, en la zona horaria del consultorio: hora en que la tarea nocturna inicia las migraciones en cola de los grupos de consultorios (Herramientas &gt; Migraciones).</translation>
    </message>
    <message>
        <source>a backups folder beside the database</source>
        <translation>una carpeta backups junto a la base de datos</translation>
    </message>
    <message>
        <source>&amp;Backups in:</source>
        <translation>&amp;Copias de seguridad en:</translation>
    </message>
    <message>
        <source>The daily run first backs up a SQLite database into this folder. Point it at another disk, so that a failed disk does not take the backups with the database.</source>
        <translation>La ejecución diaria hace primero una copia de seguridad de una base de datos SQLite en esta carpeta. Indique una carpeta en otro disco, para que un disco averiado no se lleve las copias de seguridad junto con la base de datos.</translation>
    </message>
    <message>
        <source>newest daily backups (1 to 3650)</source>
        <translation>copias de seguridad diarias más recientes (de 1 a 3650)</translation>
    </message>
    <message>
        <source>K&amp;eep:</source>
        <translation>C&amp;onservar:</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::ProcedureCodesModel</name>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Default fee</source>
        <translation>Tarifa habitual</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::ProcedureCodesPage</name>
    <message>
        <source>Co&amp;des:</source>
        <translation>Có&amp;digos:</translation>
    </message>
    <message>
        <source>Ne&amp;w code</source>
        <translation>Nue&amp;vo código</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <source>none: typed with each charge</source>
        <translation>ninguna: se escribe en cada cargo</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>Códig&amp;o:</translation>
    </message>
    <message>
        <source>Descr&amp;iption:</source>
        <translation>Descr&amp;ipción:</translation>
    </message>
    <message>
        <source>Default &amp;fee:</source>
        <translation>&amp;Tarifa habitual:</translation>
    </message>
    <message>
        <source>Remove procedure code</source>
        <translation>Eliminar código de procedimiento</translation>
    </message>
    <message>
        <source>Remove %1 (%2) from the procedure codes? Charges already entered keep their code, description and amount.</source>
        <translation>¿Eliminar %1 (%2) de los códigos de procedimiento? Los cargos ya registrados conservan su código, su descripción y su importe.</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>Se eliminó %1.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::ReasonDialog</name>
    <message>
        <source>Void payment</source>
        <translation>Anular pago</translation>
    </message>
    <message>
        <source>Refund payment</source>
        <translation>Reembolsar pago</translation>
    </message>
    <message>
        <source>Required: kept in the audit trail</source>
        <translation>Obligatorio: queda en el registro de auditoría</translation>
    </message>
    <message>
        <source>A&amp;mount to refund:</source>
        <translation>&amp;Importe a reembolsar:</translation>
    </message>
    <message>
        <source>Refund &amp;by:</source>
        <translation>Reembolsar &amp;con:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>&amp;Void payment</source>
        <translation>&amp;Anular pago</translation>
    </message>
    <message>
        <source>Re&amp;fund</source>
        <translation>Re&amp;embolsar</translation>
    </message>
    <message>
        <source>The refund %1 must be more than %2 and at most the unallocated credit of %3.</source>
        <translation>El reembolso %1 debe ser mayor que %2 y como mucho el crédito sin aplicar de %3.</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::RecentDatabases</name>
    <message>
        <source>Recent &amp;databases</source>
        <translation>Bases de datos &amp;recientes</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::RunDailyBillingDialog</name>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ejecutar</translation>
    </message>
    <message>
        <source>Run daily billing</source>
        <translation>Ejecutar la facturación diaria</translation>
    </message>
    <message>
        <source>Run &amp;up to:</source>
        <translation>Ejecutar &amp;hasta el:</translation>
    </message>
    <message>
        <source>&amp;Days processed:</source>
        <translation>&amp;Días procesados:</translation>
    </message>
    <message>
        <source>Each day from the day after the last run up to this date is processed in order, and each day&apos;s statements are sent.</source>
        <translation>Se procesa en orden cada día desde el siguiente a la última ejecución hasta esta fecha, y se envían los estados de cuenta de cada día.</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En ejecución</translation>
    </message>
    <message>
        <source>Billing has already run for %1: nothing to do.</source>
        <translation>La facturación ya se ejecutó para el %1: no hay nada que hacer.</translation>
    </message>
    <message>
        <source>Cancelled after %1 of %2 days; the next run goes on from the day after the last run.</source>
        <translation>Cancelado tras %1 de %2 días; la próxima ejecución continúa desde el día siguiente a la última ejecución.</translation>
    </message>
    <message>
        <source>Days processed: %1.</source>
        <translation>Días procesados: %1.</translation>
    </message>
    <message>
        <source>No run yet: the first run processes this date alone.</source>
        <translation>Aún no hay ninguna ejecución: la primera procesa solo esta fecha.</translation>
    </message>
    <message>
        <source>Last run: %1</source>
        <translation>Última ejecución: %1</translation>
    </message>
    <message>
        <source>Days run</source>
        <translation>Días procesados</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::RunProgress</name>
    <message>
        <source>Cancel run</source>
        <translation>Cancelar ejecución</translation>
    </message>
    <message>
        <source>%v of %m families</source>
        <translation>%v de %m familias</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Preparado</translation>
    </message>
    <message>
        <source>Cancelling after this batch…</source>
        <translation>Cancelando tras este lote…</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminada</translation>
    </message>
    <message>
        <source>Cancelling after this day…</source>
        <translation>Cancelando después de este día…</translation>
    </message>
    <message>
        <source>%v of %m days</source>
        <translation>%v de %m días</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::RunsModel</name>
    <message>
        <source>Run #</source>
        <translation>Ejecución n.º</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>Families</source>
        <translation>Familias</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Fecha de corte</translation>
    </message>
    <message>
        <source>Voided transfers</source>
        <translation>Transferencias anuladas</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Cambiadas</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Rechazadas</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <source>Amount moved</source>
        <translation>Importe movido</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>Undo of run #%1</source>
        <translation>Deshacer la ejecución n.º %1</translation>
    </message>
    <message>
        <source>Account #%1</source>
        <translation>Cuenta n.º %1</translation>
    </message>
    <message>
        <source>All families</source>
        <translation>Todas las familias</translation>
    </message>
    <message>
        <source>%1, undone by run #%2</source>
        <translation>%1, deshecha por la ejecución n.º %2</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::RunsPage</name>
    <message>
        <source>&amp;Undo run…</source>
        <translation>&amp;Deshacer ejecución…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Ac&amp;tualizar</translation>
    </message>
    <message>
        <source>Reverses every row the run wrote with new rows, as a run of its own.</source>
        <translation>Revierte cada fila que escribió la ejecución con filas nuevas, como una ejecución propia.</translation>
    </message>
    <message>
        <source>Undo run</source>
        <translation>Deshacer ejecución</translation>
    </message>
    <message>
        <source>Undo run #%1 (%2, %3, %4)?</source>
        <translation>¿Deshacer la ejecución n.º %1 (%2, %3, %4)?</translation>
    </message>
    <message numerus="yes">
        <source>Every row the run wrote (%n row(s), %1 moved) is reversed by a new row; nothing is deleted. The undo is recorded as a run of its own.</source>
        <translation>
            <numerusform>Cada fila que escribió la ejecución (%n fila, %1 movidos) se revierte con una fila nueva; no se borra nada. La anulación queda registrada como una ejecución propia.</numerusform>
            <numerusform>Cada fila que escribió la ejecución (%n filas, %1 movidos) se revierte con una fila nueva; no se borra nada. La anulación queda registrada como una ejecución propia.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Undo run #%1</source>
        <translation>&amp;Deshacer la ejecución n.º %1</translation>
    </message>
    <message>
        <source>Undoing…</source>
        <translation>Deshaciendo…</translation>
    </message>
    <message numerus="yes">
        <source>Undo of run #%1 (run #%2) cancelled after %n family(ies).</source>
        <translation>
            <numerusform>Se canceló deshacer la ejecución n.º %1 (ejecución n.º %2) tras %n familia.</numerusform>
            <numerusform>Se canceló deshacer la ejecución n.º %1 (ejecución n.º %2) tras %n familias.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Run #%1 undone by run #%2: %n family(ies), %3 rows.</source>
        <translation>
            <numerusform>Ejecución n.º %1 deshecha por la ejecución n.º %2: %n familia, %3 filas.</numerusform>
            <numerusform>Ejecución n.º %1 deshecha por la ejecución n.º %2: %n familias, %3 filas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Balancer runs</source>
        <translation>Ejecuciones del equilibrador</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>&amp;Practice</source>
        <translation>&amp;Consultorio</translation>
    </message>
    <message>
        <source>Ad&amp;justment types</source>
        <translation>Tipos de a&amp;juste</translation>
    </message>
    <message>
        <source>Procedure c&amp;odes</source>
        <translation>Códigos de &amp;procedimiento</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Patient b&amp;illing</source>
        <translation>&amp;Facturación de pacientes</translation>
    </message>
    <message>
        <source>Co&amp;llections</source>
        <translation>Co&amp;branza</translation>
    </message>
    <message>
        <source>Online patient ser&amp;vices</source>
        <translation>Ser&amp;vicios en línea para pacientes</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::SettingsForm</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Shown read-only: changing these settings needs the %1 role.</source>
        <translation>Solo lectura: para cambiar esta configuración hace falta el rol de %1.</translation>
    </message>
    <message>
        <source>Nothing has changed.</source>
        <translation>No ha cambiado nada.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(sin datos)</translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::SignInDialog</name>
    <message>
        <source>PayDesk is locked</source>
        <translation>PayDesk está bloqueado</translation>
    </message>
    <message>
        <source>Sign in to PayDesk</source>
        <translation>Iniciar sesión en PayDesk</translation>
    </message>
    <message>
        <source>The desk locked itself after a time without use. Type the password of %1 to go on: what was open is still there.</source>
        <translation>El mostrador se bloqueó tras un tiempo sin uso. Escriba la contraseña de %1 para continuar: lo que estaba abierto sigue ahí.</translation>
    </message>
    <message>
        <source>The database %1 is secured: sign in with your user name and password.</source>
        <translation>La base de datos %1 está protegida: inicie sesión con su nombre de usuario y su contraseña.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nombre de &amp;usuario:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
    <message>
        <source>Type your user name.</source>
        <translation>Escriba su nombre de usuario.</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Nombre de usuario:</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::StatementDayDialog</name>
    <message>
        <source>Print the day&apos;s statements</source>
        <translation>Imprimir los estados de cuenta del día</translation>
    </message>
    <message>
        <source>Every statement the daily billing sent on that day, one per page, for mailing. Printing them again sends nothing.</source>
        <translation>Todos los estados de cuenta que la facturación diaria envió ese día, uno por página, para enviarlos por correo. Volver a imprimirlos no envía nada.</translation>
    </message>
    <message>
        <source>Statements &amp;sent on:</source>
        <translation>Estados de cuenta &amp;enviados el:</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::StatementHistoryModel</name>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Estado de cuenta</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation>Importe a pagar</translation>
    </message>
    <message>
        <source>On a payment plan</source>
        <translation>Con plan de pagos</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::TransfersModel</name>
    <message>
        <source>Txfr #</source>
        <translation>Transf. n.º</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sentido</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Profesional</translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation>Clínica</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hacia</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::UnearnedModel</name>
    <message>
        <source>Payment #</source>
        <translation>Pago n.º</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Profesional</translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation>Clínica</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Retenido</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::UserGuide</name>
    <message>
        <source>PayDesk user guide</source>
        <translation>Guía del usuario de PayDesk</translation>
    </message>
    <message>
        <source>Guide page</source>
        <translation>Página de la guía</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Adelante</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <source>PayDesk user guide: %1</source>
        <translation>Guía del usuario de PayDesk: %1</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::UsersDialog</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Añadir…</translation>
    </message>
    <message>
        <source>Change &amp;role…</source>
        <translation>Cambiar &amp;rol…</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>Restablecer &amp;contraseña…</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Desactivar</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>Ac&amp;tivar</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <source>Front desk posts and reads; billing manager also corrects, reports and exports; administrator also sets up the practice and its users. Once an administrator has a password, the database is secured: everyone signs in.</source>
        <translation>Recepción registra y consulta; responsable de facturación además corrige, genera informes y exporta; administrador además configura el consultorio y sus usuarios. En cuanto un administrador tiene contraseña, la base de datos queda protegida: todos inician sesión.</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Cambiar rol</translation>
    </message>
    <message>
        <source>Role of %1:</source>
        <translation>Rol de %1:</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::UsersModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Último inicio de sesión</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No, disabled</source>
        <translation>No, desactivado</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
</context>
<context>
    <name>paydesk::ui::WebPayListPanel</name>
    <message>
        <source>webPAY merchants</source>
        <translation>Comercios de webPAY</translation>
    </message>
    <message>
        <source>webPAY payment methods</source>
        <translation>Métodos de pago de webPAY</translation>
    </message>
    <message>
        <source>Add &amp;merchant</source>
        <translation>Añadir &amp;comercio</translation>
    </message>
    <message>
        <source>Add met&amp;hod</source>
        <translation>Añadir &amp;método</translation>
    </message>
    <message>
        <source>New merchant</source>
        <translation>Nuevo comercio</translation>
    </message>
    <message>
        <source>New payment method</source>
        <translation>Nuevo método de pago</translation>
    </message>
</context>
</TS>
