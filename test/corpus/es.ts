// Spanish truth corpus: IBEX 35 company results, the IPC, paro and EPA, the Tesoro and the BCE, as
// Spanish financial news writes them ("5.612 millones de euros", "1,18%", "0,6 puntos porcentuales").
import type { LanguageCorpus } from "./corpus-types.ts";

const IBEX_CIERRE = "El IBEX 35 cerró la sesión con una caída del 1,18%, hasta los 15.432,6 puntos.";
const IBERDROLA_9M =
  "Iberdrola obtuvo un beneficio neto de 5.612 millones de euros en los nueve primeros meses del año, un 14,3% más que un año antes.";
const SANTANDER_2T =
  "Banco Santander ganó 3.402 millones de euros en el segundo trimestre, un 11% más que en el mismo periodo del año anterior.";
const BBVA_S1 = "BBVA elevó su beneficio atribuido un 37,8% en el primer semestre, hasta los 5.447 millones de euros.";
const TELEFONICA_T3 =
  "Telefónica registró unos ingresos de 10.305 millones de euros en el tercer trimestre, un 1,2% menos que un año antes.";
const IPC_OCTUBRE =
  "La tasa de variación anual del IPC se situó en el 3,1% en octubre, según el dato adelantado publicado este jueves por el INE.";
const PARO_REGISTRADO =
  "El número de parados registrados en las oficinas de empleo bajó en 26.789 personas en septiembre, hasta un total de 2.421.665 desempleados.";
const EPA_T3 = "La tasa de paro bajó 0,6 puntos porcentuales en el tercer trimestre y se situó en el 10,45%, según la EPA.";
const REPSOL_S1 =
  "Repsol obtuvo un resultado neto de 1.180 millones de euros en el primer semestre, un 43% menos que en el mismo periodo de 2024.";
const DEPOSITOS = "Los depósitos de los hogares alcanzaron 1,1 billones de euros en agosto, según el Banco de España.";
const INDITEX_TIENDAS = "Inditex abrirá 12 nuevas tiendas en España a lo largo del próximo ejercicio.";
const TESORO = "El Tesoro colocó 5.480 millones de euros en letras a tres y nueve meses.";
const PIB_T3 = "El PIB español creció un 0,6% en el tercer trimestre respecto al trimestre anterior, según el INE.";
const MAPFRE_S1 = "Mapfre obtuvo un beneficio de 676 millones de euros en el primer semestre, un 24,3% más.";
const EXPORTACIONES = "Las exportaciones españolas sumaron 31.250,4 millones de euros en junio, un 2,1% menos que un año antes.";
const EURIBOR = "El Euríbor a 12 meses cerró septiembre en el 2,172%, frente al 2,114% de agosto.";
const ACCIONA_ENERGIA = "Acciona Energía redujo su beneficio neto un 68% en el primer semestre, hasta 48 millones de euros.";
const NATURGY_S1 =
  "Naturgy ganó 1.026 millones de euros en el primer semestre, un 5,3% menos que un año antes, lastrada por los menores precios del gas.";
const UNICAJA_9M = "Unicaja ganó 464 millones de euros en los nueve primeros meses del año, un 31,3% más.";
const INDRA = "Indra ha cerrado cuatro adquisiciones en 2025 por un importe total de 710 millones de euros.";
const SUPERAVIT = "El superávit comercial de la eurozona alcanzó los 12,4 mil millones de euros en mayo, según Eurostat.";
const FONDO = "El fondo de recuperación aportará a España 163.000 millones de euros entre transferencias y préstamos.";
const BBVA_SANTANDER_BOLSA = "BBVA subió un 4,2% en bolsa tras presentar resultados. Santander avanzó un 1,3%.";
const BCE_RECORTE = "El BCE rebajó los tipos de interés en 0,25 puntos porcentuales, hasta dejar la facilidad de depósito en el 2%.";
const ENDESA_S1 = "Endesa presentó este martes sus cuentas del primer semestre. La eléctrica ganó 1.133 millones de euros, un 21% más.";

export const CORPUS: LanguageCorpus = {
  lang: "es",
  honest: {
    text: [
      {
        article: "El banco rebajó su previsión de crecimiento del crédito en España al 4%, desde el 6% que estimaba en julio.",
        deck: "BBVA rebaja su previsión de crédito en España al 4%, desde el 6%",
        note: "a new user's honest cut: «crecimiento del» names the forecast, the verb is «rebajó»",
      },
      {
        article:
          "MADRID, 12 sep (EFE).- La tasa de inflación interanual se moderó siete décimas en agosto, hasta el 2,1%, por el abaratamiento de los carburantes. En julio, la tasa había sido del 2,8%.",
        deck: "El IPC se modera siete décimas, del 2,8% al 2,1%",
        note: "a new user's deck: «siete décimas» is the rate's move, no rate standing at seven",
      },
      {
        article: "El Banco de España rebajó su previsión de crecimiento al 3,0% para este año.",
        deck: "El Banco de España rebaja su previsión al 3,0%",
        note: "a level's move read past the verb's object, a month's percentage, a move's start",
      },
      {
        article: "El IPC subió un 2,8% interanual en marzo y un 0,4% en tasa mensual.",
        deck: "El IPC subió un 2,8% interanual",
        note: "a change against the basis the article gives it",
      },
      {
        article:
          "El índice de precios de consumo (IPC) moderó su tasa interanual al 2,8% en marzo, según el dato adelantado publicado por el Instituto Nacional de Estadística (INE).",
        deck: "La inflación se moderó al 2,8% en marzo",
        note: "«La» starts the deck's sentence: an article, no one's name",
      },
      {
        article: "La inflación se moderó al 2,4% en septiembre, desde el 2,8% de agosto, según el INE.",
        deck: "Los precios subieron un 2,4% interanual en septiembre",
        note: "la inflación es una tasa: su nivel es una subida de los precios",
      },
      {
        article: "El crecimiento de la economía china se desaceleró al 4,6% en el tercer trimestre.",
        deck: "La economía china creció un 4,6% en el tercer trimestre",
      },
      {
        article: "La economía registró un crecimiento de 2,8% frente al 2,5% del año anterior.",
        deck: "La economía subió al 2,8% desde el 2,5%",
        note: "«de 2,8% frente al 2,5%» compares, it is no move from 2,8 to 2,5",
      },
      { article: "Inditex abrirá 33 nuevas tiendas en España.", deck: "Inditex abrirá treinta y tres tiendas nuevas" },
      { article: "El IPC se moderó del 2,8% al 2,1% en agosto.", deck: "El IPC baja del 2,8% al 2,1%" },
      {
        article: "El Ibex 35 cerró con ganancias del 1,2%.",
        deck: "El Ibex 35 sube un 1,2%",
        note: "con ganancias del is a rise, not a level",
      },
      {
        article: "Grifols registró unas pérdidas de 250 millones de euros en el semestre.",
        deck: "Grifols pierde 250 millones de euros en el semestre",
        note: "the article's word for what the number is",
      },
      {
        article: "El BCE bajó los tipos de interés en 0,25 puntos el jueves.",
        deck: "El BCE recortó los tipos en 0,25 puntos",
        note: "a central bank’s move: the verb, its object, then the size",
      },
      { article: IBERDROLA_9M, deck: "Iberdrola gana 5.612 M€ en 9M, un 14,3% más", note: "«nueve primeros meses» as 9M, millones as M€" },
      { article: SANTANDER_2T, deck: "Santander: beneficio de 3.402 mill. de euros en el 2T", note: "segundo trimestre as 2T, «mill.»" },
      {
        article: IBEX_CIERRE,
        deck: "El IBEX 35 cede un 1,18% y cierra en 15.432,6 puntos",
        note: "a fall and a level, both as the article",
      },
      { article: IPC_OCTUBRE, deck: "IPC de octubre: inflación del 3,1% interanual", note: "a level, no direction word" },
      { article: PARO_REGISTRADO, deck: "El paro baja en 26.789 personas; quedan 2.421.665 desempleados" },
      { article: INDITEX_TIENDAS, deck: "Inditex abrirá doce tiendas en España", note: "12 as «doce»" },
      { article: BBVA_S1, deck: "BBVA: 5.447 M€ de beneficio en el S1 (+37,8%)", note: "primer semestre as S1, a rise as +" },
      { article: TELEFONICA_T3, deck: "Telefónica ingresa 10.305 millones en el T3, un 1,2% menos", note: "tercer trimestre as T3" },
      { article: EPA_T3, deck: "La tasa de paro cae 0,6 puntos porcentuales en el 3T, hasta el 10,45%", note: "points stay points" },
      {
        article: REPSOL_S1,
        deck: "Repsol: resultado neto de 1.180 M€ en el 1S, con un descenso del 43%",
        note: "«un 43% menos» as «un descenso del 43%»",
      },
      { article: DEPOSITOS, deck: "Depósitos de los hogares: 1,1 billones de euros", note: "billones is 1e12 in Spanish, kept as such" },
      {
        article: "Las ventas de Inditex crecieron un 6% en el primer trimestre fiscal.",
        deck: "Las ventas de Inditex suben un seis por ciento en el primer trimestre",
        note: "6% as «seis por ciento»",
      },
      {
        article: TESORO,
        deck: "El Tesoro coloca 5.480 millones en letras a 3 y 9 meses",
        note: "number words in the article, digits in the deck",
      },
      {
        article: "Aena transportó 28,4 millones de pasajeros en julio, un 4,5% más que en el mismo mes del año pasado.",
        deck: "Aena: 28,4 millones de pasajeros en julio (+4,5%)",
      },
      { article: PIB_T3, deck: "El PIB avanza un 0,6% trimestral en el T3" },
      {
        article: "La prima de riesgo española se estrechó hasta los 58 puntos básicos.",
        deck: "Prima de riesgo: 58 puntos básicos",
        note: "a level",
      },
      {
        article: "CaixaBank ganó 1.470 millones de euros en el tercer trimestre y 4.590 millones en los nueve primeros meses del año.",
        deck: "CaixaBank gana 4.590 millones en 9M",
      },
      {
        article: "Santander y BBVA subieron un 2,3% y un 3,1%, respectivamente, tras publicar sus resultados.",
        deck: "BBVA sube un 3,1% tras sus resultados",
        note: "«respectivamente»: both names in the sentence",
      },
      {
        article: ENDESA_S1,
        deck: "Endesa gana 1.133 millones en el primer semestre",
        note: "the number's sentence names no one («La eléctrica»)",
      },
      {
        article: "Ferrovial se anotó un 2,7% en bolsa tras anunciar una recompra de acciones por valor de 500 millones de euros.",
        deck: "Recompra de acciones de 500 millones de euros",
        note: "the deck names no one",
      },
      {
        article:
          "La inflación subyacente, que excluye alimentos no elaborados y productos energéticos, se moderó dos décimas, hasta el 2,4%.",
        deck: "La subyacente baja al 2,4%",
        note: "«baja al» is a level",
      },
      {
        article: "El BCE mantuvo el tipo de la facilidad de depósito en el 2% por cuarta reunión consecutiva.",
        deck: "El BCE deja el tipo de depósito en el 2%",
      },
      { article: MAPFRE_S1, deck: "Mapfre gana 676 M€ en el 1S, +24,3%" },
      {
        article: "El BCE subió los tipos de interés en 0,25 puntos porcentuales, hasta el 4,5%.",
        deck: "Los tipos suben 0,25 puntos, hasta el 4,5%",
        note: "«en 0,25 puntos, hasta el 4,5%»: the size of the move, then the level",
      },
      { article: EXPORTACIONES, deck: "Exportaciones de junio: 31.250,4 M€ (-2,1%)", note: "«un 2,1% menos» as a minus sign" },
      { article: EURIBOR, deck: "El Euríbor a doce meses cierra septiembre en el 2,172%", note: "12 as «doce»; three decimals" },
      { article: ACCIONA_ENERGIA, deck: "Acciona Energía: el beneficio cae un 68% en el 1S, hasta 48 M€" },
      {
        article: "La Seguridad Social ganó 76.720 afiliados en julio y cerró el mes con 21.860.899 ocupados.",
        deck: "Seguridad Social: +76.720 afiliados en julio",
      },
      {
        article: "El precio de la vivienda libre subió un 12,1% interanual en el segundo trimestre, según el INE.",
        deck: "Vivienda: los precios suben un 12,1% en el segundo trimestre",
      },
      { article: UNICAJA_9M, deck: "Unicaja: beneficio de 464 millones hasta septiembre" },
      { article: FONDO, deck: "163.000 millones de euros del fondo de recuperación" },
      { article: NATURGY_S1, deck: "Naturgy gana 1.026 millones en el 1S, un 5,3% menos" },
      {
        article: "Los precios de consumo bajaron un 0,3% en julio respecto al mes anterior, mientras la tasa anual se mantuvo en el 2,7%.",
        deck: "IPC: la tasa anual se mantiene en el 2,7% en julio",
      },
      {
        article: "Sabadell repartirá un dividendo extraordinario de 2.500 millones de euros, equivalente a 50 céntimos por acción.",
        deck: "Sabadell: dividendo extraordinario de 2.500 M€",
      },
      {
        article: "El déficit público se redujo hasta el 2,8% del PIB en 2024, tres décimas menos que el año anterior.",
        deck: "El déficit baja hasta el 2,8% del PIB en 2024",
        note: "«baja hasta» is a level",
      },
      { article: INDRA, deck: "Indra: 4 adquisiciones por 710 M€ en 2025", note: "«cuatro» as 4" },
      {
        article: "La inflación general se moderó 0,4 puntos porcentuales en septiembre, hasta el 2,9%.",
        deck: "IPC: -0,4 pp en septiembre, al 2,9%",
        note: "puntos porcentuales as pp, a fall as a minus",
      },
    ],
    figures: [
      {
        article: IBERDROLA_9M,
        figure: {
          value: 5612,
          unit: "EUR",
          scale: "million",
          label: "Beneficio neto de Iberdrola (9M)",
          quote: "un beneficio neto de 5.612 millones de euros",
        },
      },
      {
        article: IBEX_CIERRE,
        figure: { value: -1.18, unit: "%", label: "IBEX 35, variación en la sesión", quote: "una caída del 1,18%" },
      },
      {
        article: TELEFONICA_T3,
        figure: {
          value: 1.2,
          unit: "%",
          label: "Caída de los ingresos de Telefónica (T3)",
          quote: "un 1,2% menos que un año antes",
          direction: "label",
        },
        note: "the label says the fall",
      },
      {
        article: EPA_T3,
        figure: { value: -0.6, unit: "pp", label: "Variación de la tasa de paro (3T)", quote: "bajó 0,6 puntos porcentuales" },
      },
      {
        article: DEPOSITOS,
        figure: { value: 1.1, unit: "EUR", scale: "trillion", label: "Depósitos de los hogares", quote: "1,1 billones de euros" },
        note: "Spanish billones are trillions",
      },
      {
        article: BBVA_S1,
        figure: { value: 37.8, unit: "%", label: "Crecimiento del beneficio de BBVA (S1)", quote: "elevó su beneficio atribuido un 37,8%" },
      },
      {
        article: SUPERAVIT,
        figure: {
          value: 12.4,
          unit: "EUR",
          scale: "billion",
          label: "Superávit comercial de la eurozona (mayo)",
          quote: "12,4 mil millones de euros",
        },
      },
      {
        article: ENDESA_S1,
        figure: { value: 1133, unit: "EUR", scale: "million", label: "Beneficio de Endesa (1S)", quote: "ganó 1.133 millones de euros" },
        note: "the quote's sentence names no one; Endesa stands in the one before",
      },
      {
        article: "Inditex prevé que sus ventas crezcan un 5–6% este año a tipos de cambio constantes.",
        figure: { value: 5, unit: "%", label: "Previsión de crecimiento de ventas de Inditex (mínimo)", quote: "un 5-6% este año" },
        note: "a hyphen typed for the article's en dash",
      },
      {
        article: "El presidente de Inditex anticipó «un crecimiento del 5%» en las ventas de este año.",
        figure: { value: 5, unit: "%", label: "Crecimiento de ventas previsto por Inditex", quote: '"un crecimiento del 5%"' },
        note: "straight quotes typed for «»",
      },
    ],
  },
  slips: {
    text: [
      {
        kind: "sign",
        article: "El banco rebajó su previsión de crecimiento del crédito en España al 4%, desde el 6% que estimaba en julio.",
        deck: "BBVA eleva su previsión de crédito en España al 4%",
        note: "the cut said as raised",
      },
      {
        kind: "sign",
        article: "El Banco de España rebajó su previsión de crecimiento al 3,0% para este año.",
        deck: "El Banco de España elevó su previsión de crecimiento al 3,0%",
        note: "a forecast cut said as raised, a level's move reversed, a start given as an end",
      },
      {
        kind: "sign",
        article: "La inflación se moderó al 2,4% en septiembre, desde el 2,8% de agosto.",
        deck: "Los precios subieron un 2,8%",
        note: "another number's level or move given to this one",
      },
      {
        kind: "value",
        article: "El IPC subió un 2,8% interanual en marzo y un 0,4% en tasa mensual.",
        deck: "Los precios subieron un 0,4% interanual en marzo",
        note: "a month's (or the period before's) change called a year's, or the other way",
      },
      {
        kind: "sign",
        article: "La inflación se moderó al 2,4% en septiembre, desde el 2,8% de agosto, según el INE.",
        deck: "La inflación se aceleró al 2,4% en septiembre",
        note: "the rate eased",
      },
      {
        kind: "sign",
        article: "El crecimiento de la economía china se desaceleró al 4,6% en el tercer trimestre.",
        deck: "La economía china se contrajo un 4,6% en el tercer trimestre",
        note: "growth said as a contraction",
      },
      { kind: "subject", article: "Los carburantes: -8,3%. La electricidad subió un 1,2%.", deck: "La electricidad cae un 8,3%" },
      {
        kind: "sign",
        article: "El IPC se moderó del 2,8% al 2,1% en agosto.",
        deck: "El IPC sube del 2,1% al 2,8%",
        note: "start and end swapped",
      },
      {
        kind: "sign",
        article: "Telefónica registró unas pérdidas de 892 millones de euros.",
        deck: "Telefónica ganó 892 millones de euros",
      },
      { kind: "sign", article: "El Brent se abarató un 1,9% hasta los 62 dólares.", deck: "El Brent sube un 1,9%" },
      {
        kind: "sign",
        article: "Grifols registró unas pérdidas de 250 millones de euros en el semestre.",
        deck: "Grifols logra unos beneficios de 250 millones de euros",
        note: "the opposite of what the article calls the number",
      },
      {
        kind: "sign",
        article: "El BCE bajó los tipos de interés en 0,25 puntos el jueves.",
        deck: "El BCE subió los tipos en 0,25 puntos",
        note: "the verb’s object between it and the size",
      },
      // sign
      { kind: "sign", article: IBEX_CIERRE, deck: "El IBEX 35 sube un 1,18% hasta los 15.432,6 puntos", note: "subió for cayó" },
      { kind: "sign", article: TELEFONICA_T3, deck: "Telefónica: ingresos de 10.305 M€ en el T3, con un aumento del 1,2%" },
      { kind: "sign", article: REPSOL_S1, deck: "Repsol: el beneficio sube un 43% en el 1S" },
      {
        kind: "sign",
        article: "La tasa de paro se situó en el 10,45% en el tercer trimestre, según la EPA.",
        deck: "La tasa de paro cae un 10,45% en el tercer trimestre",
        note: "a level written as a change",
      },
      { kind: "sign", article: EXPORTACIONES, deck: "Exportaciones de junio: 31.250,4 M€ (+2,1%)" },
      { kind: "sign", article: PARO_REGISTRADO, deck: "El paro sube en 26.789 personas en septiembre" },
      {
        kind: "sign",
        article: ACCIONA_ENERGIA,
        deck: "Acciona Energía: aumento del 68% del beneficio en el 1S",
      },
      { kind: "sign", article: NATURGY_S1, deck: "Naturgy gana 1.026 millones en el 1S, un 5,3% más" },
      // scale
      {
        kind: "scale",
        article: DEPOSITOS,
        deck: "Los hogares acumulan 1,1 mil millones de euros en depósitos",
        note: "billones read as the English billion",
      },
      { kind: "scale", article: SANTANDER_2T, deck: "Santander gana 3.402 miles de millones en el 2T" },
      { kind: "scale", article: FONDO, deck: "España recibirá 163.000 mil millones de euros del fondo de recuperación" },
      {
        kind: "scale",
        article: "Inditex facturó 38.632 millones de euros en su último ejercicio fiscal, un 7,5% más.",
        deck: "Inditex factura 38.632 millardos en el ejercicio",
      },
      {
        kind: "scale",
        article: SUPERAVIT,
        deck: "Superávit comercial de la eurozona: 12,4 millones de euros en mayo",
        note: "millones for mil millones",
      },
      { kind: "scale", article: TESORO, deck: "El Tesoro coloca 5.480 € en letras a 3 y 9 meses", note: "the scale word dropped" },
      // subject
      { kind: "subject", article: BBVA_SANTANDER_BOLSA, deck: "Santander sube un 4,2% tras los resultados", note: "BBVA's number" },
      {
        kind: "subject",
        article: "Iberdrola ganó 5.612 millones de euros hasta septiembre. Endesa obtuvo 1.900 millones en el mismo periodo.",
        deck: "Endesa gana 5.612 millones hasta septiembre",
      },
      {
        kind: "subject",
        article: "Inditex cerró la sesión con una caída del 2,4%. Telefónica, en cambio, subió un 0,8%.",
        deck: "Telefónica cae un 2,4%",
        known:
          "the article writes the other subject only at the start of a sentence, where a capital says nothing: it is read as a name only when the deck writes it too",
      },
      {
        kind: "subject",
        article:
          "CaixaBank ganó 4.590 millones de euros en los nueve primeros meses del año. Sabadell obtuvo 1.450 millones en el mismo periodo.",
        deck: "Sabadell: 4.590 millones de beneficio en 9M",
      },
      {
        kind: "subject",
        article: "Repsol se dejó un 3,5% en la sesión. Acciona perdió un 1,9% y el IBEX 35 cerró con un descenso del 0,4%.",
        deck: "Acciona se deja un 3,5%",
        known:
          "the article writes the other subject only at the start of a sentence, where a capital says nothing: it is read as a name only when the deck writes it too",
      },
      {
        kind: "subject",
        article: "El IBEX 35 avanzó un 0,9% en la sesión. El Euro Stoxx 50 subió un 1,4%.",
        deck: "El IBEX 35 sube un 1,4%",
      },
      {
        kind: "subject",
        article: "Mapfre obtuvo un beneficio de 676 millones de euros en el primer semestre. Línea Directa ganó 34 millones.",
        deck: "Línea Directa gana 676 millones en el primer semestre",
      },
      // unit
      { kind: "unit", article: EPA_T3, deck: "La tasa de paro cae un 0,6% en el 3T", note: "% for puntos porcentuales" },
      {
        kind: "unit",
        article: "El Banco de España elevó su previsión de crecimiento del PIB para este año en 0,2 puntos porcentuales, hasta el 2,6%.",
        deck: "El Banco de España eleva un 0,2% su previsión de PIB",
      },
      { kind: "unit", article: SANTANDER_2T, deck: "Santander gana 3.402 millones de dólares en el 2T", note: "another currency" },
      {
        kind: "unit",
        article: "Las acciones de Iberdrola subieron 0,45 euros, hasta los 16,40 euros.",
        deck: "Iberdrola sube un 0,45%",
        note: "euros read as a percentage",
      },
      { kind: "unit", article: "La prima de riesgo subió 8 puntos básicos, hasta los 66.", deck: "La prima de riesgo sube un 8%" },
      { kind: "unit", article: BCE_RECORTE, deck: "El BCE recorta los tipos un 0,25%" },
      // number-words
      {
        kind: "number-words",
        article: "Las ventas de Inditex crecieron un 13% en el primer trimestre.",
        deck: "Inditex: las ventas crecen un tres por ciento en el 1T",
        note: "trece heard as tres",
      },
      { kind: "number-words", article: INDRA, deck: "Indra: 14 adquisiciones en 2025 por 710 M€" },
      { kind: "number-words", article: TESORO, deck: "El Tesoro coloca 5.480 millones en letras a seis y nueve meses" },
      {
        kind: "number-words",
        article: INDITEX_TIENDAS,
        deck: "Inditex abrirá veinte tiendas nuevas en España",
        known: "a number word is read as a claim only with a unit, a scale word, or a word the article counts with a number",
      },
      {
        kind: "number-words",
        article: "El consejo de Telefónica propone un dividendo de 30 céntimos por acción.",
        deck: "Telefónica: dividendo de tres céntimos por acción",
      },
      // period
      { kind: "period", article: BBVA_S1, deck: "BBVA gana 5.447 M€ en el 1T", note: "semestre as trimestre" },
      { kind: "period", article: IBERDROLA_9M, deck: "Iberdrola: beneficio de 5.612 M€ en el primer semestre" },
      { kind: "period", article: TELEFONICA_T3, deck: "Telefónica: ingresos de 10.305 millones en el 2T" },
      { kind: "period", article: PIB_T3, deck: "El PIB crece un 0,6% en el segundo trimestre" },
      { kind: "period", article: UNICAJA_9M, deck: "Unicaja gana 464 millones en el S1" },
      // value
      { kind: "value", article: IPC_OCTUBRE, deck: "IPC de octubre: 3,2% interanual" },
      { kind: "value", article: PARO_REGISTRADO, deck: "El paro baja en 26.879 personas en septiembre", note: "digits transposed" },
      { kind: "value", article: MAPFRE_S1, deck: "Mapfre gana 676 M€ en el 1S, un 23,4% más" },
      { kind: "value", article: IBEX_CIERRE, deck: "El IBEX 35 cierra en 15.423,6 puntos" },
      {
        kind: "value",
        article: EURIBOR,
        deck: "Euríbor a 12 meses: 2.172%",
        note: "an English decimal point, which reads as 2172% in Spanish",
      },
    ],
    figures: [
      {
        kind: "sign",
        article: "Grifols registró unas pérdidas de 250 millones de euros en el semestre.",
        figure: { value: 250, unit: "EUR", scale: "million", label: "Beneficios de Grifols", quote: "pérdidas de 250 millones de euros" },
        note: "the label names the opposite",
      },
      {
        kind: "unit",
        article: "El BCE bajó los tipos de interés en 0,25 puntos el jueves.",
        figure: { value: -0.25, unit: "%", label: "Tipos del BCE", quote: "en 0,25 puntos" },
        note: "points printed as a percentage",
      },
      {
        kind: "sign",
        article: IBEX_CIERRE,
        figure: { value: 1.18, unit: "%", label: "IBEX 35, variación en la sesión", quote: "una caída del 1,18%" },
        note: "a fall, but value is positive",
      },
      {
        kind: "sign",
        article: TELEFONICA_T3,
        figure: {
          value: 1.2,
          unit: "%",
          label: "Aumento de los ingresos de Telefónica (T3)",
          quote: "un 1,2% menos que un año antes",
          direction: "label",
        },
        note: "the label says a rise",
      },
      {
        kind: "scale",
        article: IBERDROLA_9M,
        figure: {
          value: 5612,
          unit: "EUR",
          scale: "billion",
          label: "Beneficio neto de Iberdrola (9M)",
          quote: "un beneficio neto de 5.612 millones de euros",
        },
      },
      {
        kind: "scale",
        article: SUPERAVIT,
        figure: {
          value: 12.4,
          unit: "EUR",
          scale: "million",
          label: "Superávit comercial de la eurozona (mayo)",
          quote: "12,4 mil millones de euros",
        },
      },
      {
        kind: "scale",
        article: DEPOSITOS,
        figure: { value: 1.1, unit: "EUR", scale: "billion", label: "Depósitos de los hogares", quote: "1,1 billones de euros" },
        note: "billones taken for the English billion",
      },
      {
        kind: "unit",
        article: EPA_T3,
        figure: { value: -0.6, unit: "%", label: "Variación de la tasa de paro (3T)", quote: "bajó 0,6 puntos porcentuales" },
      },
      {
        kind: "unit",
        article: SANTANDER_2T,
        figure: { value: 3402, unit: "USD", scale: "million", label: "Beneficio de Santander (2T)", quote: "ganó 3.402 millones de euros" },
      },
      {
        kind: "subject",
        article: BBVA_SANTANDER_BOLSA,
        figure: { value: 4.2, unit: "%", label: "Santander, variación en bolsa", quote: "BBVA subió un 4,2%" },
      },
      {
        kind: "value",
        article: IPC_OCTUBRE,
        figure: { value: 3.2, unit: "%", label: "IPC, tasa anual (octubre)", quote: "se situó en el 3,1%" },
      },
      {
        kind: "period",
        article: BBVA_S1,
        figure: { value: 5447, unit: "EUR", scale: "million", label: "Beneficio de BBVA (1T)", quote: "hasta los 5.447 millones de euros" },
        note: "the article's figure is the first half",
      },
    ],
  },
};
