"""Tables of the shipped data set "Sí Empleo 2024" (read by build_dataset.py).

Source: informe de asistencia técnica "Apoyo al Servicio Público de Empleo de la SETRASS"
(julio 2023 – febrero 2024) and the domain notes, sections 5.1–5.6.

Facts from the report: the 17 offices, the 5 services, the 3 axes of the Política de Empleo, the 4 PES Scan
dimensions, the split into preparación/respuesta, 50 actions with own means (priorities 1-2) and 33 with
additional budget (priorities 3-4), the SETRASS–SENPRENDE–INFOP convenio, the integrated office model and the
protocol for local plans through the mesas territoriales de empleo.

Everything else is ILLUSTRATIVE (valores ilustrativos): offices other than Tegucigalpa, San Pedro Sula and
El Progreso, criteria, scores, names of people, dates, costs, staff, indicator values and referral counts.

Conventions: dates are ISO strings; codes are the user-visible keys and also feed the deterministic ids.
"""

TODAY = "2026-11-26"  # reference date for statuses and progress of the actions
LAST_FOLLOW_UP = "2026-11-20"  # last follow-up cut of the plan (last progress report of running actions)

WORKSPACE = {
    "code": "SI-EMPLEO-2024",
    "name": "Sí Empleo 2024",
    "description": (
        "Conjunto de datos de referencia del Servicio Integral de Empleo (Sí Empleo) de la SETRASS: instituciones "
        "del sector, las 17 oficinas, los 5 servicios, los 3 ejes de la Política de Empleo, el diagnóstico PES Scan "
        "de 2023, el plan de acción 2024–2027 (83 acciones: 50 con medios propios y 33 con presupuesto adicional), "
        "el convenio SETRASS–SENPRENDE–INFOP, las mesas territoriales de empleo y los indicadores. Se basa en el "
        "informe de asistencia técnica «Apoyo al Servicio Público de Empleo de la SETRASS» (julio 2023 – febrero "
        "2024). Valores ilustrativos: las oficinas distintas de Tegucigalpa, San Pedro Sula y El Progreso, los "
        "criterios y puntajes del PES Scan, los nombres de personas, las fechas, los costos, el personal por "
        "oficina, los avances, los valores de indicadores (incluidas las mediciones y metas trimestrales de 2024 de "
        "las 17 oficinas) y los conteos de derivaciones son valores ilustrativos, no datos oficiales. Situación de avance al 26 de noviembre de 2026."
    ),
}

# ---------------------------------------------------------------------------------------------------------------
# Institutions
# ---------------------------------------------------------------------------------------------------------------
INSTITUTIONS = [
    # code, name, acronym, role
    ("SETRASS", "Secretaría de Trabajo y Seguridad Social", "SETRASS",
     "Ente rector de la Política de Empleo; a través de la Dirección General de Empleo (DGE) gestiona el Servicio "
     "Integral de Empleo Sí Empleo y sus 17 oficinas."),
    ("SENPRENDE", "Servicio Nacional de Emprendimiento y de Pequeños Negocios", "SENPRENDE",
     "Promueve el emprendimiento, la formalización y el acceso a financiamiento de las MIPYMES; atiende a las "
     "personas derivadas con perfil emprendedor."),
    ("INFOP", "Instituto Nacional de Formación Profesional", "INFOP",
     "Dirige y ejecuta la formación profesional en el país; recibe a las personas derivadas por Sí Empleo para "
     "cursos de formación y certificación de competencias."),
    ("SPE", "Secretaría de Planificación Estratégica", "SPE",
     "Actor clave en el diseño de la Política de Empleo: emite directrices de planificación por resultados y "
     "acompaña la transferencia de conocimientos."),
]

# ---------------------------------------------------------------------------------------------------------------
# Services (Service.indicators refer to INDICATORS codes)
# ---------------------------------------------------------------------------------------------------------------
SERVICES = [
    ("INT", "Intermediación de empleo",
     "Registro y perfilamiento de personas buscadoras de empleo, captación de vacantes y casación entre oferta y "
     "demanda a través de la plataforma Empleate.", ["IND-01", "IND-02", "IND-03", "IND-13"]),
    ("ORI", "Orientación laboral",
     "Orientación individual y grupal para mejorar la empleabilidad: elaboración de hoja de vida, preparación "
     "para entrevistas, búsqueda activa de empleo y orientación vocacional.", ["IND-04"]),
    ("GEM", "Gestión empresarial",
     "Servicios a empleadores: visitas a empresas, captación y registro de vacantes, preselección de candidaturas "
     "y ferias de empleo.", ["IND-05", "IND-06"]),
    ("DER", "Derivación interinstitucional",
     "Derivación de personas usuarias a INFOP (formación profesional) y a SENPRENDE (emprendimiento y "
     "formalización) con ficha única y seguimiento del resultado.", ["IND-07", "IND-08"]),
    ("TER", "Gestión territorial",
     "Articulación con municipalidades y actores locales en las mesas territoriales de empleo y elaboración de "
     "planes locales de promoción de empleo e ingresos.", ["IND-09", "IND-10"]),
]

# ---------------------------------------------------------------------------------------------------------------
# Offices (table 5.1 of the domain notes; only Tegucigalpa, San Pedro Sula and El Progreso are confirmed)
# ---------------------------------------------------------------------------------------------------------------
# code, name, department, municipality, model, partners, services, staff, open, description
_ALL = ["INT", "ORI", "GEM", "DER", "TER"]
OFFICES = [
    ("OF-01", "Oficina Central Tegucigalpa", "FRANCISCO_MORAZAN", "Distrito Central", "INTEGRATED",
     ["INFOP", "SENPRENDE"], _ALL, 20, True,
     "Sede de la Dirección General de Empleo y oficina integrada con ventanillas de INFOP y SENPRENDE."),
    ("OF-02", "Oficina Regional San Pedro Sula", "CORTES", "San Pedro Sula", "INTEGRATED",
     ["INFOP", "SENPRENDE"], _ALL, 16, True,
     "Oficina integrada de la Secretaría Regional de Trabajo; principal polo de vacantes del Valle de Sula."),
    ("OF-03", "Oficina Choloma", "CORTES", "Choloma", "TRADITIONAL",
     [], ["INT", "ORI", "GEM"], 6, True,
     "Atención a personas trabajadoras de la industria maquiladora."),
    ("OF-04", "Oficina El Progreso", "YORO", "El Progreso", "INTEGRATED",
     ["SENPRENDE"], _ALL, 9, True,
     "Oficina regional integrada con SENPRENDE; sede de la mesa territorial de Yoro."),
    ("OF-05", "Oficina La Ceiba", "ATLANTIDA", "La Ceiba", "INTEGRATED",
     ["INFOP", "SENPRENDE"], _ALL, 8, True,
     "Oficina integrada del Litoral Atlántico; sede de la mesa territorial de Atlántida."),
    ("OF-06", "Oficina Tocoa", "COLON", "Tocoa", "TRADITIONAL",
     [], ["INT", "ORI", "TER"], 4, True,
     "Atención al Bajo Aguán."),
    ("OF-07", "Oficina Choluteca", "CHOLUTECA", "Choluteca", "INTEGRATED",
     ["INFOP"], _ALL, 7, True,
     "Oficina integrada con INFOP; sede de la mesa territorial de Choluteca."),
    ("OF-08", "Oficina San Lorenzo", "VALLE", "San Lorenzo", "TRADITIONAL",
     [], ["INT", "ORI", "GEM"], 4, True,
     "Atención a la zona portuaria y agroindustrial del Golfo de Fonseca."),
    ("OF-09", "Oficina Comayagua", "COMAYAGUA", "Comayagua", "INTEGRATED",
     ["INFOP", "SENPRENDE"], _ALL, 8, True,
     "Oficina integrada de la zona central; sede de la mesa territorial de Comayagua."),
    ("OF-10", "Oficina Siguatepeque", "COMAYAGUA", "Siguatepeque", "TRADITIONAL",
     [], ["INT", "ORI"], 4, True,
     "Oficina tradicional con atención de intermediación y orientación."),
    ("OF-11", "Oficina Santa Rosa de Copán", "COPAN", "Santa Rosa de Copán", "TRADITIONAL",
     [], ["INT", "ORI", "GEM", "TER"], 5, True,
     "Atención a la región occidental."),
    ("OF-12", "Oficina Danlí", "EL_PARAISO", "Danlí", "TRADITIONAL",
     [], ["INT", "ORI", "GEM"], 5, True,
     "Atención a la zona oriental y al sector agroindustrial."),
    ("OF-13", "Oficina Juticalpa", "OLANCHO", "Juticalpa", "TRADITIONAL",
     [], ["INT", "ORI", "TER"], 5, True,
     "Atención al departamento de Olancho."),
    ("OF-14", "Oficina Santa Bárbara", "SANTA_BARBARA", "Santa Bárbara", "TRADITIONAL",
     [], ["INT", "ORI"], 4, True,
     "Oficina tradicional con atención de intermediación y orientación."),
    ("OF-15", "Oficina La Esperanza", "INTIBUCA", "La Esperanza", "TRADITIONAL",
     [], ["INT", "ORI", "TER"], 3, True,
     "Sede de la mesa territorial de Intibucá."),
    ("OF-16", "Oficina Gracias", "LEMPIRA", "Gracias", "TRADITIONAL",
     [], ["INT", "ORI"], 3, True,
     "Oficina tradicional en coordinación con el centro regional de INFOP en Lempira."),
    ("OF-17", "Oficina Roatán", "ISLAS_DE_LA_BAHIA", "Roatán", "TRADITIONAL",
     [], ["INT", "ORI"], 3, False,
     "Atención al público suspendida por falta de local; su reapertura es la acción AC-56."),
]

# ---------------------------------------------------------------------------------------------------------------
# Axes of the Política de Empleo (names from the report)
# ---------------------------------------------------------------------------------------------------------------
AXES = [
    ("EJE1", 1, "Coordinación intra e interinstitucional",
     "Fortalecer la institucionalidad y los mecanismos de articulación intra e interinstitucional para consolidar "
     "el rol rector de la SETRASS y el papel de las instituciones del sector empleo."),
    ("EJE2", 2, "Generación de empleo decente priorizando el tránsito de la informalidad a la formalidad",
     "Mejorar la empleabilidad y la inserción en empleos formales de la población atendida."),
    ("EJE3", 3, "Competitividad y desarrollo de empresas generadoras de empleos decentes, con énfasis en las "
                "MIPYMES y los emprendimientos",
     "Apoyar a las empresas, en especial MIPYMES y emprendimientos, en la generación de empleo decente."),
]

# ---------------------------------------------------------------------------------------------------------------
# PES Scan dimensions and criteria (criteria ILLUSTRATIVE, section 5.4)
# ---------------------------------------------------------------------------------------------------------------
DIMENSIONS = [
    ("GOB", "Gobernanza", "PREPARATION",
     "Mandato, planificación, seguimiento y recursos del servicio público de empleo.", [
         ("G1", "Marco legal y mandato del SPE", "Existencia y claridad del mandato legal del servicio de empleo."),
         ("G2", "Planificación estratégica y POA vinculado a la Política de Empleo",
          "El POA de la DGE se deriva de los resultados de la Política de Empleo."),
         ("G3", "Sistema de monitoreo y evaluación (indicadores, metas)",
          "Indicadores con ficha técnica, línea base, metas y reportes periódicos."),
         ("G4", "Asignación y gestión de recursos (presupuesto, personal)",
          "Presupuesto y personal suficientes y asignados según la demanda de cada oficina."),
     ]),
    ("ORG", "Organización de servicios", "RESPONSE",
     "Cartera, procesos, cobertura, plataforma y personal que prestan los servicios.", [
         ("O1", "Cartera de servicios estandarizada y protocolos",
          "Los cinco servicios están descritos con procesos y protocolos comunes."),
         ("O2", "Cobertura territorial y accesibilidad de oficinas",
          "Presencia territorial, horarios, infraestructura y accesibilidad de las oficinas."),
         ("O3", "Sistema de información / plataforma (Empleate)",
          "La plataforma registra personas, vacantes, derivaciones y genera reportes."),
         ("O4", "Perfil y formación del personal",
          "Perfiles de puesto definidos y formación continua del personal técnico."),
         ("O5", "Atención a grupos prioritarios",
          "Rutas de atención diferenciadas para jóvenes, mujeres, personas con discapacidad y migrantes retornados."),
     ]),
    ("ALI", "Alianzas", "PREPARATION",
     "Articulación con instituciones, empleadores, territorios y agencias privadas.", [
         ("A1", "Convenios interinstitucionales (SENPRENDE, INFOP)",
          "Convenios vigentes y operativos con las instituciones del sector empleo."),
         ("A2", "Relación con empleadores y gremios",
          "Relación sistemática con empresas, cámaras y gremios para la captación de vacantes."),
         ("A3", "Articulación territorial (municipalidades, mesas territoriales)",
          "Participación en mesas territoriales de empleo y en planes locales."),
         ("A4", "Cooperación con agencias privadas",
          "Coordinación con agencias privadas de empleo y bolsas de trabajo."),
     ]),
    ("REN", "Rendimiento", "RESPONSE",
     "Resultados del servicio: colocaciones, vacantes, satisfacción y uso de información.", [
         ("R1", "Colocaciones y tasa de inserción", "Colocaciones verificadas y tasa de inserción por oficina."),
         ("R2", "Vacantes captadas y cubiertas", "Vacantes captadas, cubiertas y tiempo de cobertura."),
         ("R3", "Satisfacción de usuarios", "Medición periódica de la satisfacción de personas y empresas."),
         ("R4", "Información del mercado laboral y uso de datos",
          "Producción y uso de información del mercado laboral para orientar los servicios."),
     ]),
]

# ---------------------------------------------------------------------------------------------------------------
# Diagnostic (scores, evidence and assessors ILLUSTRATIVE)
# ---------------------------------------------------------------------------------------------------------------
DIAGNOSTIC = {
    "code": "DX-2023-NAC",
    "name": "Diagnóstico PES Scan de Sí Empleo 2023",
    "description": "Diagnóstico nacional de la capacidad de respuesta de Sí Empleo con la metodología PES Scan de "
                   "la OIT, base del plan de acción formulado en taller participativo.",
    "date": "2023-09-15",
    "scope": "NATIONAL",
    "assessors": ["María Fernanda Zelaya (DGE)", "José Antonio Rivera (UPEG)",
                  "Ana Lucía Cárdenas (asistencia técnica)"],
}
# criterion, score, evidence, finding, recommendation
ASSESSMENTS = [
    ("G1", "CONSOLIDATED", "Código del Trabajo, Política de Empleo actualizada en 2022 y estructura de la DGE.",
     "El mandato del servicio de empleo es claro y está respaldado por la Política de Empleo.",
     "Reflejar el nombre y los cinco servicios de Sí Empleo en la normativa interna."),
    ("G2", "ESTABLISHED", "POA 2023 de la DGE y lineamientos de la SPE.",
     "Existe POA, pero sus metas no se vinculan explícitamente a los ejes de la Política de Empleo.",
     "Vincular el POA a los resultados de la Política de Empleo con apoyo de la SPE."),
    ("G3", "INITIAL", "Reportes mensuales de atenciones en hojas de cálculo por oficina.",
     "No hay batería de indicadores con fichas técnicas, línea base ni metas.",
     "Definir indicadores con fichas técnicas y un informe periódico de seguimiento."),
    ("G4", "INITIAL", "Planillas de personal y presupuesto 2023 de la DGE.",
     "Tras la reapertura de noviembre 2022 el personal es nuevo e insuficiente y el presupuesto no cubre "
     "operación ni inversión.",
     "Levantar necesidades por oficina y solicitar presupuesto adicional en la Política de Empleo 2025."),
    ("O1", "DEVELOPING", "Modelo de atención y borrador del manual de modelos de servicios.",
     "Los cinco servicios están definidos pero cada oficina los presta a su manera.",
     "Aprobar un manual de procesos común para los cinco servicios."),
    ("O2", "INITIAL", "Inventario de locales; al menos 8 oficinas cerraron en 2022.",
     "Cobertura limitada a cabeceras departamentales e infraestructura deficiente.",
     "Mejorar la infraestructura y llegar a poblaciones alejadas con oficinas integradas y atención itinerante."),
    ("O3", "DEVELOPING", "Plataforma Empleate en uso para registro de personas y vacantes.",
     "Empleate no registra derivaciones ni produce reportes de gestión.",
     "Modernizar Empleate con gestión de casos, derivación y reportes."),
    ("O4", "INITIAL", "Plan básico de formación ejecutado tras la reapertura.",
     "Personal sin formación especializada en orientación ni en servicios a empleadores.",
     "Capacitar a los funcionarios en orientación profesional y servicios especializados para empleadores."),
    ("O5", "INITIAL", "Registros de atención sin desagregación por grupo.",
     "No hay rutas de atención diferenciadas para grupos prioritarios.",
     "Diseñar protocolos de atención para jóvenes, mujeres, personas con discapacidad y migrantes retornados."),
    ("A1", "DEVELOPING", "Borrador de convenio SETRASS–SENPRENDE–INFOP en negociación.",
     "La derivación a INFOP y SENPRENDE es informal y sin seguimiento.",
     "Suscribir el convenio, crear un comité de seguimiento y un protocolo de derivación."),
    ("A2", "DEVELOPING", "Directorios de empresas de San Pedro Sula y Tegucigalpa.",
     "La relación con empleadores depende de contactos personales y se concentra en dos ciudades.",
     "Planificar visitas a empresas y acuerdos con cámaras y gremios."),
    ("A3", "INITIAL", "Actas de participación esporádica en espacios municipales.",
     "No existen mesas territoriales de empleo ni planes locales.",
     "Instalar mesas territoriales piloto y aplicar un protocolo de planes locales."),
    ("A4", "INITIAL", "Sin registro de agencias privadas de empleo.",
     "No hay coordinación con agencias privadas ni bolsas de empleo.",
     "Registrar agencias privadas y acordar intercambio de vacantes."),
    ("R1", "DEVELOPING", "Colocaciones reportadas por las oficinas en 2023.",
     "Las colocaciones no se verifican y no hay metas por oficina.",
     "Verificar colocaciones y fijar metas por oficina."),
    ("R2", "DEVELOPING", "Vacantes registradas en Empleate.",
     "No se da seguimiento a vacantes no cubiertas.",
     "Dar seguimiento a vacantes y retroalimentar a las empresas."),
    ("R3", "INITIAL", "Sin encuestas de satisfacción.",
     "Se desconoce la satisfacción de personas usuarias y empresas.",
     "Aplicar encuestas semestrales de satisfacción."),
    ("R4", "INITIAL", "Datos de Empleate sin explotar.",
     "La información del mercado laboral no orienta la oferta de servicios.",
     "Publicar boletines y estudios de demanda ocupacional."),
]

# What each maturity level means for each criterion (ILLUSTRATIVE): 1 Inicial, 2 En desarrollo, 3 Establecido,
# 4 Consolidado. Shown to the assessors while they score.
LEVEL_DESCRIPTIONS = {
    "G1": ["El servicio de empleo no tiene un mandato legal propio o es confuso.",
           "El mandato existe en la ley pero no describe los servicios ni la red de oficinas.",
           "El mandato y los cinco servicios están definidos en la normativa vigente.",
           "El mandato se revisa con la Política de Empleo y orienta la organización y el presupuesto."],
    "G2": ["No hay planificación anual del servicio de empleo.",
           "Existe un POA, sin metas ligadas a la Política de Empleo.",
           "El POA tiene metas ligadas a los ejes de la Política de Empleo.",
           "El POA se formula con las oficinas, se sigue trimestralmente y se ajusta con los resultados."],
    "G3": ["No hay indicadores definidos; los datos se reúnen de forma irregular.",
           "Algunos indicadores se reportan, sin fichas técnicas ni metas.",
           "Indicadores con ficha técnica, línea base y metas, reportados periódicamente.",
           "Los indicadores se analizan por oficina y orientan decisiones y evaluaciones."],
    "G4": ["Personal y presupuesto insuficientes para operar las oficinas.",
           "Recursos mínimos para operar, sin relación con la demanda.",
           "Recursos asignados según la demanda de cada oficina.",
           "Recursos planificados a mediano plazo con presupuesto por resultados."],
    "O1": ["Cada oficina presta los servicios a su manera.",
           "Los servicios están definidos pero sin procesos comunes aprobados.",
           "Manual de procesos aprobado y aplicado en todas las oficinas.",
           "Los procesos se revisan con la experiencia de las oficinas y de las personas usuarias."],
    "O2": ["Pocas oficinas abiertas, con infraestructura deficiente.",
           "Oficinas en las cabeceras principales, con accesibilidad limitada.",
           "Red de oficinas accesible en todos los departamentos prioritarios.",
           "Red completa con atención itinerante o virtual para las poblaciones alejadas."],
    "O3": ["Registros en papel u hojas de cálculo por oficina.",
           "Plataforma para personas y vacantes, sin reportes de gestión.",
           "Plataforma con derivaciones, casos y reportes de gestión.",
           "Plataforma integrada con las instituciones socias y con datos abiertos."],
    "O4": ["Personal sin perfiles de puesto ni formación específica.",
           "Perfiles definidos y formación básica inicial.",
           "Plan de formación continua aplicado a todo el personal técnico.",
           "Formación certificada por competencias y evaluación del desempeño."],
    "O5": ["No se distingue la atención a grupos prioritarios.",
           "Se registran los grupos prioritarios, sin rutas diferenciadas.",
           "Rutas de atención diferenciadas aprobadas y aplicadas.",
           "Rutas evaluadas con resultados por grupo y ajustadas periódicamente."],
    "A1": ["Sin convenios con las instituciones del sector empleo.",
           "Convenios en negociación o firmados sin operar.",
           "Convenios vigentes con comité y protocolo de derivación en uso.",
           "Convenios evaluados con indicadores compartidos y renovados."],
    "A2": ["Contactos esporádicos con empresas.",
           "Relación con algunas empresas que depende de contactos personales.",
           "Plan de visitas y acuerdos con cámaras y gremios en las oficinas principales.",
           "Servicio a empleadores sistemático en toda la red, con seguimiento de satisfacción."],
    "A3": ["Sin participación en espacios territoriales.",
           "Participación esporádica en espacios municipales.",
           "Mesas territoriales instaladas con planes locales en los territorios piloto.",
           "Mesas territoriales activas en todo el país con planes locales evaluados."],
    "A4": ["Sin relación con agencias privadas ni bolsas de trabajo.",
           "Registro parcial de agencias privadas.",
           "Acuerdos de intercambio de vacantes con agencias registradas.",
           "Coordinación regulada y supervisada de las agencias privadas."],
    "R1": ["No se registran colocaciones.",
           "Colocaciones reportadas por las oficinas, sin verificar.",
           "Colocaciones verificadas con metas por oficina.",
           "Inserción seguida a 3 y 6 meses y analizada por grupo."],
    "R2": ["No se registran vacantes.",
           "Vacantes registradas, sin seguimiento de las no cubiertas.",
           "Seguimiento de vacantes con tiempo de cobertura medido.",
           "Gestión de vacantes con retroalimentación a las empresas y metas de cobertura."],
    "R3": ["No se mide la satisfacción.",
           "Mediciones aisladas, sin método común.",
           "Encuesta periódica de satisfacción de personas y empresas.",
           "Resultados de satisfacción usados para mejorar los servicios."],
    "R4": ["No se produce información del mercado laboral.",
           "Datos disponibles pero sin análisis.",
           "Boletines periódicos de vacantes y colocaciones.",
           "Estudios de demanda ocupacional que orientan la oferta de servicios y formación."],
}

# Axis of the Política de Empleo suggested for actions that close a gap of each criterion
SUGGESTED_AXIS = {
    "G1": "EJE1", "G2": "EJE1", "G3": "EJE1", "G4": "EJE1",
    "O1": "EJE1", "O2": "EJE2", "O3": "EJE1", "O4": "EJE2", "O5": "EJE2",
    "A1": "EJE1", "A2": "EJE3", "A3": "EJE1", "A4": "EJE2",
    "R1": "EJE2", "R2": "EJE2", "R3": "EJE1", "R4": "EJE2",
}

# Criteria whose gap needs additional budget to close (the others need own means only)
ADDITIONAL_BUDGET_CRITERIA = ["G4", "O2", "O3"]

# Office scans of the 2023 national diagnostic (ILLUSTRATIVE): scored in August 2023, one per office; the scores
# are the national score moved by a small deterministic offset per office and criterion (see build_dataset.py).
OFFICE_SCAN_DATE = "2023-08-25"

# ---------------------------------------------------------------------------------------------------------------
# Action plan
# ---------------------------------------------------------------------------------------------------------------
PLAN = {
    "code": "PA-2024",
    "name": "Plan de acción para el fortalecimiento de las capacidades institucionales de Sí Empleo",
    "description": "Plan formulado a partir del diagnóstico PES Scan de 2023 en taller participativo: 50 acciones "
                   "con medios propios (prioridades 1 y 2) y 33 con presupuesto adicional (prioridades 3 y 4) "
                   "para el ejercicio presupuestario 2025 de la Política de Empleo.",
    "periodStart": "2024-03-01",
    "periodEnd": "2027-12-31",
    "budgetYear": 2025,
}

# Responsible units (illustrative names; confirm with SETRASS)
U_DESP = "Despacho DGE"
U_COORD = "DGE – Coordinación de Oficinas"
U_UPEG = "Unidad de Planificación (UPEG)"
U_DER = "DGE – Derivación Interinstitucional"
U_ORI = "DGE – Orientación Laboral"
U_GEM = "DGE – Gestión Empresarial"
U_TER = "DGE – Gestión Territorial"
U_INT = "DGE – Intermediación de Empleo"
U_OML = "Observatorio del Mercado Laboral"
U_TEC = "Unidad de Tecnología"
U_ADM = "Gerencia Administrativa"
U_RH = "Recursos Humanos"
U_COM = "Comunicación Institucional"

INTEGRATED = ["OF-01", "OF-02", "OF-04", "OF-05", "OF-07", "OF-09"]
PILOTS = ["OF-04", "OF-05", "OF-07", "OF-09", "OF-15"]  # offices of the 5 pilot territorial tables

F_PE = "Presupuesto Política de Empleo 2025"
F_COOP = "Cooperación internacional"
F_INFOP = "Fondos INFOP"
F_SENP = "Cofinanciamiento SENPRENDE"

# Keys: code, priority, axis, criterion (answered assessment; its dimension is the action's dimension) or
# dimension (when the action answers no assessment), phase, unit, person, offices, services, start, due, status,
# progress, cost, funding, indicator, baseline, target, verification, indicators (formal indicators),
# delay (note of the last progress report of a late or cancelled action), reports (explicit progress reports
# [(date, progress, note)]; otherwise build_dataset.py derives 0-3 reports from status, progress and dates).
# person=None and/or start/due=None: owner or dates not yet set (report: "establecer responsables y fechas").
# cost=None on P3/P4: budget still to be computed (report: "calcule y asigne el presupuesto").
ACTIONS = [
    # --- Example actions of section 5.5 (AC-01 .. AC-15) -----------------------------------------------------
    dict(code="AC-01", priority=1, axis="EJE1", criterion="O1", phase="SHORT",
         title="Elaborar y aprobar el manual de procesos de los 5 servicios de las oficinas de empleo",
         description="Documentar los procesos de intermediación, orientación, gestión empresarial, derivación y "
                     "gestión territorial con formatos comunes para las 17 oficinas.",
         unit=U_COORD, person="Karla Patricia Mejía", offices=[], services=["INT", "ORI", "GEM"],
         start="2024-03-01", due="2024-09-30", status="DONE", progress=100,
         indicator="Manual de procesos aprobado", baseline="Sin manual", target="Manual aprobado y socializado",
         verification="Acuerdo de aprobación y listas de socialización"),
    dict(code="AC-02", priority=1, axis="EJE1", criterion="G3", phase="SHORT",
         title="Definir batería de indicadores y fichas técnicas del SPE con línea base 2024",
         description="Definir los indicadores de los cinco servicios con ficha técnica, fórmula, línea base 2024 y "
                     "metas anuales.",
         unit=U_UPEG, person="Luis Fernando Aguilar", offices=[], services=["INT", "DER"],
         start="2024-04-01", due="2025-06-30", status="IN_PROGRESS", progress=70,
         indicator="% de indicadores del SPE con ficha técnica aprobada", baseline="0 %",
         target="100 % al 30/06/2025", verification="Acta de aprobación de las fichas técnicas",
         indicators=["IND-11"],
         reports=[("2024-09-30", 20, "Fichas técnicas de intermediación y orientación aprobadas."),
                  ("2025-03-31", 40, "Fichas de gestión empresarial aprobadas; línea base 2024 calculada."),
                  ("2026-06-30", 70, "Fichas de derivación y gestión territorial pendientes de validar con "
                                     "INFOP y SENPRENDE.")]),
    dict(code="AC-03", priority=1, axis="EJE1", criterion="A1", phase="SHORT",
         title="Conformar comité técnico de seguimiento del convenio SETRASS–SENPRENDE–INFOP",
         description="Instalar el comité técnico con enlaces de las tres instituciones y un calendario de reuniones "
                     "trimestrales.",
         unit=U_DESP, person="Rosa Elena Martínez", offices=[], services=["DER"],
         start="2024-03-01", due="2024-06-30", status="DONE", progress=100,
         indicator="Comité instalado y sesionando", baseline="Sin comité", target="4 sesiones al año",
         verification="Acta de instalación y actas de sesiones"),
    dict(code="AC-04", priority=1, axis="EJE2", criterion="A1", phase="SHORT",
         title="Protocolo de derivación a INFOP (formación) y SENPRENDE (emprendimiento) con ficha única",
         description="Aprobar el protocolo de derivación del convenio con una ficha única y aplicarlo en las "
                     "oficinas integradas.",
         unit=U_DER, person="Héctor Manuel Flores", offices=INTEGRATED, services=["DER"],
         start="2024-03-15", due="2024-08-31", status="DONE", progress=100,
         indicator="Protocolo aprobado y aplicado en oficinas integradas", baseline="Derivación informal",
         target="6 oficinas aplicando la ficha única", verification="Protocolo firmado y fichas registradas",
         indicators=["IND-07"]),
    dict(code="AC-05", priority=2, axis="EJE2", criterion="O4", phase="MEDIUM",
         title="Capacitar al personal de las 17 oficinas en orientación laboral por competencias",
         description="Ciclo de talleres presenciales y virtuales en orientación laboral por competencias para "
                     "orientadores y jefaturas de oficina.",
         unit=U_ORI, person="Sandra Isabel Ordóñez", offices=[], services=["ORI"],
         start="2024-06-01", due="2026-12-15", status="IN_PROGRESS", progress=85,
         indicator="Personal de orientación capacitado", baseline="0 personas", target="60 personas capacitadas",
         verification="Listas de asistencia y constancias", indicators=["IND-04"]),
    dict(code="AC-06", priority=2, axis="EJE3", criterion="A2", phase="MEDIUM",
         title="Plan de visitas a empresas para captación de vacantes formales por oficina",
         description="Cada oficina programa visitas mensuales a empresas formales para registrar vacantes y "
                     "ofrecer los servicios a empleadores.",
         unit=U_GEM, person="Carlos Eduardo Banegas", offices=["OF-01", "OF-02", "OF-03", "OF-04", "OF-05", "OF-09"],
         services=["GEM", "INT"], start="2024-07-01", due="2027-06-30", status="IN_PROGRESS", progress=60,
         indicator="Empresas visitadas por año", baseline="300 empresas (2023)", target="1 200 empresas por año",
         verification="Registro de visitas en Empleate", indicators=["IND-05", "IND-06"]),
    dict(code="AC-07", priority=2, axis="EJE1", criterion="A3", phase="MEDIUM",
         title="Instalar mesas territoriales de empleo en 5 departamentos piloto",
         description="Instalar las mesas territoriales de empleo en Atlántida, Choluteca, Comayagua, Yoro e "
                     "Intibucá con municipalidades, sector privado e instituciones del convenio.",
         unit=U_TER, person="Marvin Alexis Reyes", offices=PILOTS, services=["TER"],
         start="2024-05-01", due="2025-03-31", status="DONE", progress=100,
         indicator="Mesas territoriales instaladas", baseline="0", target="5 mesas",
         verification="Actas de instalación", indicators=["IND-09"]),
    dict(code="AC-08", priority=2, axis="EJE2", criterion="A3", phase="MEDIUM",
         title="Elaborar planes locales de promoción de empleo e ingresos en municipios piloto",
         description="Aplicar el protocolo de planes locales en las 5 mesas territoriales piloto hasta la "
                     "validación de cada plan.",
         unit="DGE – Gestión Territorial / SENPRENDE", person="Iris Yolanda Maradiaga", offices=PILOTS,
         services=["TER", "DER"], start="2024-09-01", due="2026-06-30", status="IN_PROGRESS", progress=65,
         indicator="Planes locales validados", baseline="0", target="5 planes validados",
         verification="Actas de validación de las mesas", indicators=["IND-10"],
         delay="Dos planes validados; Comayagua, Yoro e Intibucá aún en formulación o priorización."),
    dict(code="AC-09", priority=2, axis="EJE1", criterion="R3", phase="MEDIUM",
         title="Encuesta semestral de satisfacción de personas usuarias y empresas",
         description="Aplicar cada semestre una encuesta breve de satisfacción en las oficinas y por teléfono a "
                     "empresas atendidas.",
         unit=U_UPEG, person="Claudia Verónica Irías", offices=[], services=["INT", "ORI", "GEM"],
         start="2025-01-15", due="2027-06-30", status="IN_PROGRESS", progress=60,
         indicator="Encuestas semestrales publicadas", baseline="Sin medición", target="5 encuestas",
         verification="Informes semestrales de satisfacción", indicators=["IND-12"]),
    dict(code="AC-10", priority=2, axis="EJE2", criterion="R4", phase="SHORT",
         title="Boletín trimestral de vacantes y colocaciones por oficina",
         description="Publicar un boletín trimestral con vacantes, colocaciones y ocupaciones más demandadas por "
                     "oficina a partir de Empleate.",
         unit=U_OML, person="Jorge Alberto Midence", offices=[], services=["INT", "GEM"],
         start="2024-04-01", due="2024-12-31", status="DONE", progress=100,
         indicator="Boletines publicados", baseline="0", target="3 boletines en 2024",
         verification="Boletines publicados en el sitio de la SETRASS", indicators=["IND-02", "IND-05"]),
    dict(code="AC-11", priority=3, axis="EJE1", criterion="O3", phase="MEDIUM",
         title="Modernizar la plataforma Empleate con módulo de gestión de casos y reportes",
         description="Desarrollar en Empleate la gestión de casos por persona, el registro de derivaciones y "
                     "reportes de gestión por oficina.",
         unit=U_TEC, person="Óscar René Castillo", offices=[], services=["INT", "DER"],
         start="2025-02-01", due="2026-10-31", status="IN_PROGRESS", progress=60,
         cost="4850000.00", funding=F_PE,
         indicator="Módulos de Empleate en producción", baseline="Registro básico",
         target="3 módulos en producción",
         verification="Actas de recepción de los módulos",
         delay="Módulo de reportes en pruebas; el contrato de desarrollo se amplió hasta marzo de 2027."),
    dict(code="AC-12", priority=3, axis="EJE1", criterion="O2", phase="MEDIUM",
         title="Adecuar 6 oficinas al modelo de oficina integrada (mobiliario, equipos, conectividad)",
         description="Habilitar espacios de atención compartida con INFOP y SENPRENDE, mobiliario, equipos y "
                     "conectividad en las oficinas integradas.",
         unit="DGE – Coordinación de Oficinas / Gerencia Administrativa", person="Lorena Beatriz Cruz",
         offices=INTEGRATED, services=["DER", "INT"],
         start="2025-03-01", due="2026-12-31", status="IN_PROGRESS", progress=75,
         cost="3600000.00", funding=F_PE,
         indicator="Oficinas integradas adecuadas", baseline="0", target="6 oficinas",
         verification="Actas de entrega de obras y equipos"),
    dict(code="AC-13", priority=3, axis="EJE2", criterion="G4", phase="MEDIUM",
         title="Contratar gestores empresariales adicionales para zonas con alta informalidad",
         description="Contratar gestores empresariales para acercar los servicios a empresas informales y "
                     "acompañar su formalización.",
         unit="DGE / Recursos Humanos", person="Daniela María Hernández",
         offices=["OF-02", "OF-03", "OF-04", "OF-06", "OF-12"], services=["GEM"],
         start="2025-07-01", due="2027-06-30", status="IN_PROGRESS", progress=55,
         cost="2880000.00", funding=F_PE,
         indicator="Gestores empresariales contratados", baseline="6", target="11",
         verification="Contratos de personal"),
    dict(code="AC-14", priority=4, axis="EJE2", criterion="O2", phase="LONG",
         title="Unidades móviles de empleo para municipios sin oficina",
         description="Adquirir y equipar unidades móviles que presten intermediación y orientación en municipios "
                     "sin oficina de empleo.",
         unit=U_TER, person="Marvin Alexis Reyes", offices=[], services=["INT", "ORI", "TER"],
         start="2026-01-15", due="2027-12-15", status="IN_PROGRESS", progress=15,
         cost="9500000.00", funding=F_COOP,
         indicator="Unidades móviles en operación", baseline="0", target="3 unidades",
         verification="Actas de recepción y bitácoras de ruta"),
    dict(code="AC-15", priority=4, axis="EJE3", criterion="A1", phase="LONG",
         title="Fondo de apoyo a emprendimientos derivados por el SPE (cofinanciado con SENPRENDE)",
         description="Crear un fondo concursable de capital semilla para emprendimientos derivados por Sí Empleo y "
                     "acompañados por SENPRENDE.",
         unit="SENPRENDE / DGE", person="Kevin Omar Bustillo", offices=[], services=["DER"],
         start="2027-01-15", due="2027-12-15", status="NOT_STARTED", progress=0,
         cost="10000000.00", funding=F_SENP,
         indicator="Emprendimientos financiados", baseline="0", target="200 emprendimientos",
         verification="Actas del comité del fondo"),

    # --- Priorities 1 and 2: own means (AC-16 .. AC-55) -----------------------------------------------------
    dict(code="AC-16", priority=1, axis="EJE1", criterion="G2", phase="SHORT",
         title="Vincular el POA de la DGE a los resultados de la Política de Empleo",
         description="Reformular el POA 2025 de la DGE con metas vinculadas a los tres ejes de la Política de "
                     "Empleo, siguiendo los lineamientos de la SPE.",
         unit=U_UPEG, person="Luis Fernando Aguilar", offices=[], services=["INT", "GEM"],
         start="2024-06-01", due="2024-11-30", status="DONE", progress=100,
         indicator="POA 2025 vinculado a los ejes", baseline="POA sin vínculo", target="POA aprobado",
         verification="POA 2025 aprobado"),
    dict(code="AC-17", priority=1, axis="EJE1", criterion="G1", phase="SHORT",
         title="Oficializar el Servicio Integral de Empleo Sí Empleo y sus cinco servicios",
         description="Emitir el acuerdo ministerial que oficializa el nombre, el modelo de atención y los cinco "
                     "servicios de Sí Empleo.",
         unit=U_DESP, person="Rosa Elena Martínez", offices=[], services=["INT", "ORI", "DER"],
         start="2024-04-01", due="2024-12-31", status="DONE", progress=100,
         indicator="Acuerdo ministerial publicado", baseline="Sin acuerdo", target="Acuerdo publicado",
         verification="Publicación en La Gaceta"),
    dict(code="AC-18", priority=1, axis="EJE1", criterion="O1", phase="SHORT",
         title="Socializar el manual «Modelos de Servicios de SÍ EMPLEO» en las 17 oficinas",
         description="Distribuir el manual diagramado y realizar sesiones de socialización con cada equipo de "
                     "oficina.",
         unit=U_COM, person="Melissa Alejandra Funes", offices=[], services=["INT", "ORI", "GEM"],
         start="2024-03-01", due="2024-05-31", status="DONE", progress=100,
         indicator="Oficinas con el manual socializado", baseline="0", target="17 oficinas",
         verification="Listas de asistencia"),
    dict(code="AC-19", priority=1, axis="EJE1", dimension="ORG", phase="SHORT",
         title="Aplicar el manual de imagen gráfica y el manual de señalética en las oficinas",
         description="Rotular las oficinas y unificar formatos y materiales con la nueva línea gráfica de Sí "
                     "Empleo.",
         unit=U_COM, person="Melissa Alejandra Funes", offices=[], services=["INT", "ORI"],
         start="2024-05-01", due="2025-02-28", status="DONE", progress=100,
         indicator="Oficinas con señalética instalada", baseline="0", target="17 oficinas",
         verification="Registro fotográfico"),
    dict(code="AC-20", priority=2, axis="EJE1", dimension="ORG", phase="SHORT",
         title="Calendario editorial de Sí Empleo en redes sociales",
         description="Publicar vacantes, ferias y servicios con los diseños gráficos elaborados, según un "
                     "calendario editorial mensual.",
         unit=U_COM, person="Melissa Alejandra Funes", offices=[], services=["INT", "GEM"],
         start="2024-04-01", due="2024-12-31", status="DONE", progress=100,
         indicator="Publicaciones mensuales", baseline="Publicación esporádica", target="12 publicaciones al mes",
         verification="Estadísticas de las cuentas oficiales"),
    dict(code="AC-21", priority=2, axis="EJE1", dimension="ORG", phase="SHORT",
         title="Producir el video didáctico-institucional de Sí Empleo",
         description="Producir el video animado a partir del guion elaborado durante la asistencia técnica.",
         unit=U_COM, person="Melissa Alejandra Funes", offices=[], services=["INT", "ORI"],
         start="2025-01-15", due="2025-08-31", status="CANCELLED", progress=20,
         indicator="Video publicado", baseline="Guion aprobado", target="Video publicado",
         verification="Video en el canal oficial",
         delay="Cancelada: sin capacidad interna de animación; se sustituye por cápsulas cortas en redes."),
    dict(code="AC-22", priority=1, axis="EJE2", criterion="O1", phase="SHORT",
         title="Estandarizar el registro y perfilamiento de personas buscadoras de empleo",
         description="Adoptar una ficha única de registro y perfilamiento en Empleate para todas las oficinas.",
         unit=U_INT, person="Gabriela Sofía Paz", offices=[], services=["INT"],
         start="2024-03-01", due="2024-07-31", status="DONE", progress=100,
         indicator="Oficinas con ficha única de registro", baseline="0", target="17 oficinas",
         verification="Reporte de registros de Empleate", indicators=["IND-01"]),
    dict(code="AC-23", priority=1, axis="EJE2", criterion="O5", phase="SHORT",
         title="Protocolo de atención a grupos prioritarios",
         description="Definir rutas de atención para jóvenes, mujeres, personas con discapacidad y migrantes "
                     "retornados.",
         unit=U_ORI, person="Sandra Isabel Ordóñez", offices=[], services=["ORI", "INT"],
         start="2024-07-01", due="2025-03-31", status="DONE", progress=100,
         indicator="Protocolo aprobado", baseline="Sin protocolo", target="Protocolo aplicado en 17 oficinas",
         verification="Protocolo aprobado"),
    dict(code="AC-24", priority=2, axis="EJE2", criterion="O5", phase="MEDIUM",
         title="Talleres de búsqueda activa de empleo para jóvenes",
         description="Talleres mensuales de búsqueda activa de empleo para jóvenes de 18 a 29 años en las "
                     "oficinas.",
         unit=U_ORI, person="Sandra Isabel Ordóñez", offices=[], services=["ORI"],
         start="2025-02-01", due="2027-11-30", status="IN_PROGRESS", progress=60,
         indicator="Jóvenes participantes", baseline="0", target="6 000 jóvenes",
         verification="Listas de asistencia", indicators=["IND-04"]),
    dict(code="AC-25", priority=1, axis="EJE1", criterion="G3", phase="MEDIUM",
         title="Informe trimestral de seguimiento del plan de acción con semáforo",
         description="Consolidar cada trimestre el avance de las acciones con su semáforo y presentarlo al "
                     "Despacho.",
         unit=U_UPEG, person="Luis Fernando Aguilar", offices=[], services=["DER", "TER"],
         start="2024-06-01", due="2027-12-31", status="IN_PROGRESS", progress=65,
         indicator="Informes trimestrales presentados", baseline="0", target="14 informes",
         verification="Informes de seguimiento"),
    dict(code="AC-26", priority=2, axis="EJE1", criterion="G3", phase="MEDIUM",
         title="Tablero mensual de indicadores por oficina",
         description="Publicar mensualmente un tablero con registros, vacantes, colocaciones y derivaciones de "
                     "cada oficina.",
         unit=U_OML, person="Jorge Alberto Midence", offices=[], services=["INT", "DER"],
         start="2025-01-01", due="2025-12-31", status="DONE", progress=100,
         indicator="Tableros mensuales publicados", baseline="0", target="12 tableros",
         verification="Tableros publicados", indicators=["IND-01", "IND-02"]),
    dict(code="AC-27", priority=1, axis="EJE1", criterion="A1", phase="SHORT",
         title="Designar enlaces de INFOP y SENPRENDE en cada oficina integrada",
         description="Acordar con INFOP y SENPRENDE un enlace por oficina integrada con días de atención fijos.",
         unit=U_DESP, person="Rosa Elena Martínez", offices=INTEGRATED, services=["DER"],
         start="2024-03-01", due="2024-05-31", status="DONE", progress=100,
         indicator="Oficinas integradas con enlaces designados", baseline="0", target="6 oficinas",
         verification="Notas de designación"),
    dict(code="AC-28", priority=1, axis="EJE2", criterion="A1", phase="MEDIUM",
         title="Consolidar trimestralmente las derivaciones y su resultado",
         description="Consolidar cada trimestre las derivaciones a INFOP y SENPRENDE por oficina y su resultado "
                     "para el comité del convenio.",
         unit=U_DER, person="Héctor Manuel Flores", offices=INTEGRATED, services=["DER"],
         start="2024-04-01", due="2027-12-31", status="IN_PROGRESS", progress=70,
         indicator="Reportes trimestrales de derivación", baseline="0", target="15 reportes",
         verification="Reportes al comité del convenio", indicators=["IND-07", "IND-08"]),
    dict(code="AC-29", priority=2, axis="EJE3", criterion="A1", phase="MEDIUM",
         title="Jornadas conjuntas de asesoría a emprendimientos con SENPRENDE",
         description="Jornadas mensuales de asesoría a emprendimientos en las oficinas integradas donde está "
                     "presente SENPRENDE.",
         unit="DGE – Derivación Interinstitucional / SENPRENDE", person="Kevin Omar Bustillo",
         offices=["OF-01", "OF-02", "OF-04", "OF-05", "OF-09"], services=["DER", "GEM"],
         start="2024-09-01", due="2026-08-31", status="DONE", progress=100,
         indicator="Jornadas realizadas", baseline="0", target="100 jornadas",
         verification="Listas de asistencia de SENPRENDE"),
    dict(code="AC-30", priority=2, axis="EJE3", criterion="A1", phase="MEDIUM",
         title="Derivar personas emprendedoras a la ruta de formalización de SENPRENDE",
         description="Derivar a las personas con negocio informal a la ruta de formalización «Mi Empresa en "
                     "Línea» de SENPRENDE.",
         unit=U_DER, person="Héctor Manuel Flores", offices=[], services=["DER"],
         start="2025-01-01", due="2026-06-30", status="DONE", progress=100,
         indicator="Negocios derivados a formalización", baseline="0", target="400 negocios",
         verification="Reportes de SENPRENDE"),
    dict(code="AC-31", priority=2, axis="EJE2", criterion="A1", phase="MEDIUM",
         title="Programar cursos INFOP a la medida de las vacantes captadas",
         description="Acordar con INFOP cursos cortos para las ocupaciones con vacantes no cubiertas en las "
                     "oficinas integradas.",
         unit="DGE – Derivación Interinstitucional / INFOP", person="Nelson Iván Zúniga",
         offices=["OF-01", "OF-02", "OF-05", "OF-07", "OF-09"], services=["DER", "GEM"],
         start="2024-10-01", due="2027-03-31", status="IN_PROGRESS", progress=55,
         indicator="Cursos a la medida ejecutados", baseline="0", target="40 cursos",
         verification="Informes de INFOP"),
    dict(code="AC-32", priority=1, axis="EJE3", criterion="A2", phase="SHORT",
         title="Actualizar el directorio de empresas por oficina y sector",
         description="Depurar y completar el directorio de empresas de cada oficina con sector, tamaño y "
                     "contacto.",
         unit=U_GEM, person="Carlos Eduardo Banegas", offices=[], services=["GEM"],
         start="2024-03-01", due="2024-08-31", status="DONE", progress=100,
         indicator="Empresas en el directorio", baseline="1 150", target="2 500",
         verification="Directorio en Empleate", indicators=["IND-06"]),
    dict(code="AC-33", priority=2, axis="EJE3", criterion="A2", phase="MEDIUM",
         title="Acuerdos de colaboración con cámaras de comercio y gremios",
         description="Firmar acuerdos con cámaras de comercio y gremios empresariales para la publicación de "
                     "vacantes formales en Empleate.",
         unit=U_DESP, person="Rosa Elena Martínez", offices=[], services=["GEM", "INT"],
         start="2024-09-01", due="2025-12-31", status="IN_PROGRESS", progress=60,
         indicator="Acuerdos firmados", baseline="0", target="6 acuerdos",
         verification="Acuerdos firmados",
         delay="Tres acuerdos firmados; los demás esperan revisión jurídica de las cámaras."),
    dict(code="AC-34", priority=2, axis="EJE3", criterion="A2", phase="MEDIUM",
         title="Ferias de empleo regionales coorganizadas con INFOP y empresas",
         description="Organizar ferias de empleo regionales con INFOP y empresas de cada zona.",
         unit=U_INT, person="Gabriela Sofía Paz", offices=["OF-01", "OF-02", "OF-05", "OF-07", "OF-12", "OF-13"],
         services=["INT", "GEM"], start="2024-10-01", due="2026-09-30", status="DONE", progress=100,
         indicator="Ferias realizadas", baseline="0", target="8 ferias",
         verification="Informes de feria", indicators=["IND-05"]),
    dict(code="AC-35", priority=2, axis="EJE3", criterion="R2", phase="MEDIUM",
         title="Seguimiento de vacantes no cubiertas y retroalimentación a empresas",
         description="Contactar a las empresas con vacantes abiertas más de 30 días y proponer ajustes o "
                     "formación.",
         unit=U_GEM, person="Carlos Eduardo Banegas", offices=[], services=["GEM", "INT"],
         start="2025-03-01", due="2027-02-28", status="IN_PROGRESS", progress=70,
         indicator="% de vacantes con seguimiento", baseline="0 %", target="80 %",
         verification="Reporte de vacantes de Empleate", indicators=["IND-05"]),
    dict(code="AC-36", priority=2, axis="EJE3", criterion="O1", phase="MEDIUM",
         title="Catálogo de servicios para empleadores",
         description="Publicar el catálogo de servicios a empleadores: preselección, pruebas, salas de entrevista "
                     "y ferias.",
         unit=U_GEM, person="Carlos Eduardo Banegas", offices=[], services=["GEM"],
         start=None, due=None, status="NOT_STARTED", progress=0,
         indicator="Catálogo publicado", baseline="Sin catálogo", target="Catálogo publicado",
         verification="Catálogo impreso y digital"),
    dict(code="AC-37", priority=1, axis="EJE2", criterion="R1", phase="SHORT",
         title="Verificar colocaciones con seguimiento a 30 y 90 días",
         description="Llamadas de seguimiento a las personas colocadas y a las empresas para verificar la "
                     "permanencia.",
         unit=U_INT, person="Gabriela Sofía Paz", offices=[], services=["INT"],
         start="2024-06-01", due="2025-06-30", status="DONE", progress=100,
         indicator="% de colocaciones verificadas", baseline="0 %", target="70 %",
         verification="Registro de seguimiento en Empleate", indicators=["IND-02", "IND-03"]),
    dict(code="AC-38", priority=2, axis="EJE2", criterion="R1", phase="MEDIUM",
         title="Metas de colocación por oficina en el POA",
         description="Asignar metas anuales de colocación a cada oficina y revisarlas cada trimestre.",
         unit=U_COORD, person="Karla Patricia Mejía", offices=[], services=["INT"],
         start="2025-01-01", due="2025-12-31", status="DONE", progress=100,
         indicator="Oficinas con meta de colocación", baseline="0", target="17 oficinas",
         verification="POA 2025 por oficina", indicators=["IND-02"]),
    dict(code="AC-39", priority=2, axis="EJE2", criterion="R4", phase="MEDIUM",
         title="Estudio de demanda ocupacional en los 5 departamentos piloto",
         description="Estudio con INFOP de las ocupaciones demandadas en los departamentos de las mesas "
                     "territoriales piloto.",
         unit=U_OML, person="Jorge Alberto Midence", offices=PILOTS, services=["TER", "GEM"],
         start="2025-04-01", due="2026-12-31", status="IN_PROGRESS", progress=80,
         indicator="Estudios departamentales publicados", baseline="0", target="5 estudios",
         verification="Estudios publicados"),
    dict(code="AC-40", priority=2, axis="EJE1", criterion="A3", phase="SHORT",
         title="Aprobar el protocolo para la elaboración de planes locales de promoción de empleo e ingresos",
         description="Aprobar y socializar el protocolo de seis pasos para los planes locales de las mesas "
                     "territoriales.",
         unit=U_TER, person="Marvin Alexis Reyes", offices=[], services=["TER"],
         start="2024-04-01", due="2024-10-31", status="DONE", progress=100,
         indicator="Protocolo aprobado", baseline="Sin protocolo", target="Protocolo aprobado",
         verification="Resolución de aprobación"),
    dict(code="AC-41", priority=2, axis="EJE1", criterion="A3", phase="MEDIUM",
         title="Convenios con municipalidades para ventanillas municipales de empleo",
         description="Firmar convenios con municipalidades para habilitar ventanillas de empleo atendidas con "
                     "apoyo de la oficina más cercana.",
         unit=U_TER, person="Marvin Alexis Reyes", offices=["OF-10", "OF-11", "OF-14", "OF-16"],
         services=["TER", "INT"], start="2025-06-01", due="2027-05-31", status="IN_PROGRESS", progress=25,
         indicator="Ventanillas municipales habilitadas", baseline="0", target="8 ventanillas",
         verification="Convenios firmados"),
    dict(code="AC-42", priority=1, axis="EJE1", criterion="A3", phase="SHORT",
         title="Incorporar las oficinas a las mesas territoriales de los departamentos no piloto",
         description="Identificar los espacios de concertación existentes en los departamentos no piloto y "
                     "acreditar a la oficina como miembro.",
         unit=U_TER, person=None, offices=["OF-06", "OF-11", "OF-12", "OF-13"], services=["TER"],
         start=None, due=None, status="NOT_STARTED", progress=0,
         indicator="Oficinas acreditadas en espacios territoriales", baseline="0", target="8 oficinas",
         verification="Notas de acreditación"),
    dict(code="AC-43", priority=2, axis="EJE2", criterion="A4", phase="MEDIUM",
         title="Registro de agencias privadas de empleo",
         description="Crear el registro de agencias privadas de empleo y publicar la lista de agencias "
                     "autorizadas.",
         unit=U_INT, person=None, offices=[], services=["INT"],
         start=None, due=None, status="NOT_STARTED", progress=0,
         indicator="Agencias registradas", baseline="0", target="Registro publicado",
         verification="Registro publicado"),
    dict(code="AC-44", priority=2, axis="EJE2", criterion="A4", phase="MEDIUM",
         title="Intercambio de vacantes con bolsas de empleo universitarias y privadas",
         description="Acordar con bolsas de empleo universitarias y agencias privadas la publicación cruzada de "
                     "vacantes.",
         unit=U_INT, person="Gabriela Sofía Paz", offices=[], services=["INT"],
         start="2025-09-01", due="2026-12-31", status="IN_PROGRESS", progress=70,
         indicator="Bolsas de empleo con intercambio activo", baseline="0", target="5 bolsas",
         verification="Cartas de entendimiento"),
    dict(code="AC-45", priority=1, axis="EJE1", criterion="G4", phase="SHORT",
         title="Inventario de personal, equipos e infraestructura por oficina",
         description="Levantar el inventario de personal, equipos y necesidades de infraestructura de las 17 "
                     "oficinas.",
         unit=U_ADM, person="Lorena Beatriz Cruz", offices=[], services=["INT", "ORI"],
         start="2024-03-01", due="2024-06-30", status="DONE", progress=100,
         indicator="Oficinas inventariadas", baseline="0", target="17 oficinas",
         verification="Informe de inventario"),
    dict(code="AC-46", priority=1, axis="EJE1", criterion="G4", phase="SHORT",
         title="Perfiles de puesto de orientador/a, gestor/a empresarial y gestor/a territorial",
         description="Definir y aprobar los perfiles de puesto del personal técnico de las oficinas.",
         unit=U_RH, person="Daniela María Hernández", offices=[], services=["ORI", "GEM", "TER"],
         start="2024-05-01", due="2024-12-31", status="DONE", progress=100,
         indicator="Perfiles aprobados", baseline="0", target="3 perfiles",
         verification="Manual de puestos actualizado"),
    dict(code="AC-47", priority=2, axis="EJE2", criterion="O4", phase="MEDIUM",
         title="Inducción obligatoria del personal de nuevo ingreso",
         description="Curso de inducción sobre el modelo de atención y los cinco servicios para todo el personal "
                     "nuevo.",
         unit="Recursos Humanos / DGE – Coordinación de Oficinas", person=None, offices=[],
         services=["INT", "ORI"], start="2025-01-15", due="2027-12-15", status="IN_PROGRESS", progress=50,
         indicator="% del personal nuevo con inducción", baseline="0 %", target="100 %",
         verification="Constancias de inducción"),
    dict(code="AC-48", priority=2, axis="EJE3", criterion="O4", phase="MEDIUM",
         title="Capacitar a gestores empresariales en servicios especializados para empleadores",
         description="Formación en preselección por competencias, análisis de puestos y atención a MIPYMES para "
                     "los gestores empresariales.",
         unit=U_GEM, person="Carlos Eduardo Banegas", offices=[], services=["GEM"],
         start="2025-02-01", due="2025-11-30", status="NOT_STARTED", progress=0,
         indicator="Gestores capacitados", baseline="0", target="20 gestores",
         verification="Constancias de capacitación",
         delay="Sin iniciar: no se ha identificado a la entidad formadora; se propone reprogramar con INFOP."),
    dict(code="AC-49", priority=2, axis="EJE1", criterion="O2", phase="MEDIUM",
         title="Atención itinerante en municipios cercanos a las oficinas",
         description="Programar jornadas mensuales de atención en municipios cercanos a cada oficina.",
         unit=U_COORD, person=None, offices=[], services=["INT", "ORI"],
         start=None, due=None, status="NOT_STARTED", progress=0,
         indicator="Jornadas itinerantes", baseline="0", target="120 jornadas al año",
         verification="Informes de jornada"),
    dict(code="AC-50", priority=1, axis="EJE1", criterion="O2", phase="SHORT",
         title="Regularizar la atención en las oficinas reabiertas",
         description="Reasignar personal y horarios para asegurar atención de lunes a viernes en las oficinas "
                     "reabiertas tras el cierre de 2022.",
         unit=U_COORD, person="Karla Patricia Mejía", offices=["OF-12", "OF-13", "OF-14", "OF-15", "OF-16"],
         services=["INT", "ORI"], start="2024-03-01", due="2024-09-30", status="DONE", progress=100,
         indicator="Oficinas con horario completo", baseline="9", target="17",
         verification="Reportes de asistencia"),
    dict(code="AC-51", priority=2, axis="EJE2", criterion="O5", phase="MEDIUM",
         title="Orientación laboral a personas migrantes retornadas",
         description="Coordinar con los centros de atención al migrante retornado la orientación y el registro "
                     "en Empleate.",
         unit=U_ORI, person=None, offices=["OF-01", "OF-02"], services=["ORI", "INT"],
         start="2026-03-01", due="2027-03-31", status="IN_PROGRESS", progress=50,
         indicator="Personas retornadas orientadas", baseline="0", target="1 500 personas",
         verification="Registros de atención"),
    dict(code="AC-52", priority=1, axis="EJE2", criterion="O1", phase="SHORT",
         title="Guía de orientación vocacional con la oferta formativa de INFOP",
         description="Elaborar una guía para orientadores con la oferta formativa de INFOP por departamento.",
         unit=U_ORI, person="Sandra Isabel Ordóñez", offices=[], services=["ORI", "DER"],
         start=None, due=None, status="NOT_STARTED", progress=0,
         indicator="Guía publicada", baseline="Sin guía", target="Guía publicada",
         verification="Guía publicada"),
    dict(code="AC-53", priority=2, axis="EJE1", criterion="R3", phase="MEDIUM",
         title="Buzón de quejas y sugerencias en todas las oficinas",
         description="Instalar buzones físicos y un formulario en línea, con respuesta en un plazo máximo de "
                     "15 días.",
         unit=U_UPEG, person=None, offices=[], services=["INT", "ORI"],
         start=None, due=None, status="NOT_STARTED", progress=0,
         indicator="Oficinas con buzón", baseline="0", target="17 oficinas",
         verification="Registro de quejas y respuestas"),
    dict(code="AC-54", priority=2, axis="EJE3", criterion="R2", phase="MEDIUM",
         title="Informe semestral de vacantes por sector para INFOP y SENPRENDE",
         description="Compartir con INFOP y SENPRENDE las vacantes por sector para orientar formación y "
                     "emprendimiento.",
         unit=U_OML, person=None, offices=[], services=["GEM", "DER"],
         start="2026-07-01", due="2027-06-30", status="IN_PROGRESS", progress=30,
         indicator="Informes semestrales", baseline="0", target="2 informes",
         verification="Informes enviados"),
    dict(code="AC-55", priority=1, axis="EJE1", dimension="GOB", phase="SHORT",
         title="Designar responsables y fechas de las acciones de prioridad 1 y 2",
         description="Acta de la coordinación de áreas que asigna responsable y fechas a cada acción con medios "
                     "propios.",
         unit=U_DESP, person="Rosa Elena Martínez", offices=[], services=["INT", "DER", "TER"],
         start="2024-03-01", due="2024-04-30", status="DONE", progress=100,
         indicator="Acciones P1/P2 con responsable y fecha", baseline="0", target="50 acciones",
         verification="Acta de coordinación"),

    # --- Priorities 3 and 4: additional budget (AC-56 .. AC-83) ---------------------------------------------
    dict(code="AC-56", priority=3, axis="EJE1", criterion="O2", phase="MEDIUM",
         title="Reabrir la oficina de Roatán con local y equipo propios",
         description="Arrendar y equipar un local para reanudar la atención en Islas de la Bahía.",
         unit=U_COORD, person="Karla Patricia Mejía", offices=["OF-17"], services=["INT", "ORI"],
         start="2026-02-01", due="2027-03-31", status="IN_PROGRESS", progress=20,
         cost="680000.00", funding=F_PE,
         indicator="Oficina de Roatán atendiendo", baseline="Cerrada", target="Oficina abierta",
         verification="Contrato de arrendamiento y acta de apertura"),
    dict(code="AC-57", priority=3, axis="EJE1", criterion="O3", phase="MEDIUM",
         title="Equipar las 17 oficinas con computadoras y conectividad",
         description="Adquirir equipos de cómputo y contratar enlaces de internet para todas las oficinas.",
         unit=U_TEC, person="Óscar René Castillo", offices=[], services=["INT", "ORI"],
         start="2025-03-01", due="2026-06-30", status="DONE", progress=100,
         cost="2450000.00", funding=F_PE,
         indicator="Oficinas equipadas", baseline="5", target="17",
         verification="Actas de entrega de equipos"),
    dict(code="AC-58", priority=3, axis="EJE1", criterion="O3", phase="MEDIUM",
         title="Módulo de derivación en línea interoperable con INFOP y SENPRENDE",
         description="Intercambio electrónico de fichas de derivación y resultados entre Empleate y los sistemas "
                     "de INFOP y SENPRENDE.",
         unit=U_TEC, person="Óscar René Castillo", offices=[], services=["DER"],
         start="2026-01-15", due="2027-06-30", status="IN_PROGRESS", progress=45,
         cost="1950000.00", funding=F_COOP,
         indicator="Derivaciones registradas en línea", baseline="0 %", target="90 %",
         verification="Reportes del módulo", indicators=["IND-07"]),
    dict(code="AC-59", priority=3, axis="EJE1", criterion="G4", phase="MEDIUM",
         title="Contratar 17 orientadores/as laborales adicionales",
         description="Dotar a cada oficina de al menos una persona orientadora a tiempo completo.",
         unit=U_RH, person="Daniela María Hernández", offices=[], services=["ORI"],
         start="2027-01-01", due="2027-12-31", status="NOT_STARTED", progress=0,
         indicator="Orientadores contratados", baseline="9", target="26",
         verification="Contratos de personal"),
    dict(code="AC-60", priority=3, axis="EJE2", criterion="O4", phase="MEDIUM",
         title="Diplomado en orientación profesional para el personal técnico",
         description="Diplomado universitario en orientación profesional para orientadores y jefaturas.",
         unit=U_ORI, person="Sandra Isabel Ordóñez", offices=[], services=["ORI"],
         start="2025-05-01", due="2026-04-30", status="DONE", progress=100,
         cost="780000.00", funding=F_COOP,
         indicator="Personas diplomadas", baseline="0", target="35 personas",
         verification="Certificados del diplomado"),
    dict(code="AC-61", priority=3, axis="EJE3", criterion="O4", phase="MEDIUM",
         title="Certificación del personal en servicios a empleadores",
         description="Certificar con INFOP las competencias de los gestores empresariales en atención a "
                     "empleadores.",
         unit=U_GEM, person="Carlos Eduardo Banegas", offices=[], services=["GEM"],
         start="2026-03-01", due="2027-02-28", status="IN_PROGRESS", progress=55,
         cost="540000.00", funding=F_INFOP,
         indicator="Gestores certificados", baseline="0", target="20",
         verification="Certificados de competencias"),
    dict(code="AC-62", priority=3, axis="EJE1", criterion="G3", phase="MEDIUM",
         title="Sistema de monitoreo con tablero de indicadores integrado a Empleate",
         description="Tablero en línea con los indicadores del SPE alimentado automáticamente desde Empleate.",
         unit=U_TEC, person="Óscar René Castillo", offices=[], services=["INT", "DER"],
         start="2025-06-01", due="2026-09-30", status="IN_PROGRESS", progress=40,
         cost="1200000.00", funding=F_COOP,
         indicator="Tablero en producción", baseline="Sin tablero", target="Tablero en producción",
         verification="Acta de puesta en producción", indicators=["IND-11"],
         delay="Depende del módulo de reportes de Empleate (AC-11), que sigue en pruebas."),
    dict(code="AC-63", priority=3, axis="EJE2", criterion="R4", phase="LONG",
         title="Observatorio regional del mercado laboral en el Valle de Sula",
         description="Unidad regional que produce información de demanda laboral para las oficinas del Valle de "
                     "Sula.",
         unit=U_OML, person="Jorge Alberto Midence", offices=["OF-02", "OF-03"], services=["INT", "GEM"],
         start="2026-04-01", due="2027-12-15", status="IN_PROGRESS", progress=30,
         cost="2100000.00", funding=F_PE,
         indicator="Informes regionales publicados", baseline="0", target="6 informes",
         verification="Informes publicados"),
    dict(code="AC-64", priority=3, axis="EJE2", criterion="O5", phase="MEDIUM",
         title="Accesibilidad para personas con discapacidad en oficinas",
         description="Rampas, baños accesibles y señalización en las oficinas con mayor afluencia.",
         unit=U_ADM, person="Lorena Beatriz Cruz", offices=["OF-01", "OF-02", "OF-04", "OF-07", "OF-09", "OF-12"],
         services=["INT", "ORI"], start="2025-08-01", due="2026-07-31", status="DONE", progress=100,
         cost="960000.00", funding=F_PE,
         indicator="Oficinas accesibles", baseline="1", target="6",
         verification="Actas de recepción de obras"),
    dict(code="AC-65", priority=3, axis="EJE3", criterion="A1", phase="MEDIUM",
         title="Capital semilla para emprendimientos derivados con Crédito Solidario",
         description="Piloto de capital semilla para personas derivadas a SENPRENDE que completen la asesoría.",
         unit="SENPRENDE / DGE", person="Kevin Omar Bustillo", offices=INTEGRATED[:3], services=["DER"],
         start="2027-01-01", due="2027-12-31", status="NOT_STARTED", progress=0,
         indicator="Emprendimientos con capital semilla", baseline="0", target="150",
         verification="Actas de entrega"),
    dict(code="AC-66", priority=4, axis="EJE3", dimension="ALI", phase="LONG",
         title="Programa de primer empleo formal con empresas",
         description="Incentivo temporal a MIPYMES que contraten formalmente a jóvenes derivados por Sí Empleo.",
         unit=U_GEM, person="Carlos Eduardo Banegas", offices=[], services=["GEM", "INT"],
         start="2026-01-01", due="2027-12-31", status="IN_PROGRESS", progress=40,
         cost="8400000.00", funding=F_PE,
         indicator="Jóvenes contratados formalmente", baseline="0", target="1 000",
         verification="Contratos y planillas del IHSS", indicators=["IND-02"]),
    dict(code="AC-67", priority=3, axis="EJE3", criterion="A1", phase="MEDIUM",
         title="Becas de transporte y materiales para personas derivadas a INFOP",
         description="Apoyo económico a personas derivadas que cursan formación técnica en INFOP.",
         unit="INFOP / DGE – Derivación Interinstitucional", person="Nelson Iván Zúniga",
         offices=["OF-01", "OF-02", "OF-05", "OF-07", "OF-09"], services=["DER"],
         start="2025-04-01", due="2026-03-31", status="DONE", progress=100,
         cost="3300000.00", funding=F_INFOP,
         indicator="Personas becadas", baseline="0", target="1 100",
         verification="Registros de INFOP"),
    dict(code="AC-68", priority=4, axis="EJE2", criterion="A3", phase="LONG",
         title="Financiar proyectos de los planes locales de empleo e ingresos",
         description="Fondo para los proyectos priorizados en los planes locales validados por las mesas.",
         unit=U_TER, person="Marvin Alexis Reyes", offices=PILOTS, services=["TER"],
         start="2027-03-01", due="2027-12-15", status="NOT_STARTED", progress=0,
         indicator="Proyectos locales financiados", baseline="0", target="10",
         verification="Convenios de financiamiento", indicators=["IND-10"]),
    dict(code="AC-69", priority=3, axis="EJE1", criterion="A3", phase="MEDIUM",
         title="Ampliar las mesas territoriales a 5 departamentos adicionales",
         description="Instalar mesas territoriales de empleo en Colón, Copán, El Paraíso, Olancho y Santa Bárbara.",
         unit=U_TER, person="Marvin Alexis Reyes", offices=["OF-06", "OF-11", "OF-12", "OF-13", "OF-14"],
         services=["TER"], start="2026-09-01", due="2027-09-30", status="IN_PROGRESS", progress=20,
         cost="1350000.00", funding=F_COOP,
         indicator="Mesas territoriales instaladas", baseline="5", target="10",
         verification="Actas de instalación", indicators=["IND-09"]),
    dict(code="AC-70", priority=4, axis="EJE1", criterion="O2", phase="LONG",
         title="Convertir 4 oficinas tradicionales al modelo de oficina integrada",
         description="Segunda fase del modelo integrado con INFOP y SENPRENDE en Choloma, San Lorenzo, Santa Rosa "
                     "de Copán y Juticalpa.",
         unit=U_COORD, person="Karla Patricia Mejía", offices=["OF-03", "OF-08", "OF-11", "OF-13"],
         services=["DER", "INT"], start="2027-01-15", due="2027-12-15", status="NOT_STARTED", progress=0,
         indicator="Oficinas integradas", baseline="6", target="10",
         verification="Adendas al convenio"),
    dict(code="AC-71", priority=3, axis="EJE1", criterion="O2", phase="MEDIUM",
         title="Remodelar las oficinas de Choloma y Danlí",
         description="Remodelación de salas de espera, cubículos de orientación y sala de entrevistas.",
         unit=U_ADM, person="Lorena Beatriz Cruz", offices=["OF-03", "OF-12"], services=["INT", "ORI"],
         start="2025-10-01", due="2026-12-31", status="IN_PROGRESS", progress=85,
         cost="1850000.00", funding=F_PE,
         indicator="Oficinas remodeladas", baseline="0", target="2",
         verification="Actas de recepción de obras"),
    dict(code="AC-72", priority=4, axis="EJE1", dimension="ORG", phase="LONG",
         title="Quioscos de autoservicio de empleo en centros comerciales",
         description="Terminales de consulta de vacantes y registro en Empleate en centros comerciales.",
         unit=U_TEC, person="Óscar René Castillo", offices=["OF-01", "OF-02"], services=["INT"],
         start="2025-06-01", due="2026-06-30", status="CANCELLED", progress=0,
         cost="2300000.00", funding=F_COOP,
         indicator="Quioscos instalados", baseline="0", target="10",
         verification="Actas de instalación",
         delay="Cancelada: los fondos de cooperación se reorientaron a las unidades móviles (AC-14)."),
    dict(code="AC-73", priority=4, axis="EJE2", criterion="O3", phase="LONG",
         title="Aplicación móvil de Sí Empleo",
         description="Aplicación móvil para buscar vacantes, postularse y recibir alertas de Empleate.",
         unit=U_TEC, person="Óscar René Castillo", offices=[], services=["INT"],
         start="2026-07-01", due="2027-12-15", status="IN_PROGRESS", progress=25,
         cost="3750000.00", funding=F_COOP,
         indicator="Personas usuarias de la aplicación", baseline="0", target="30 000",
         verification="Estadísticas de descargas", indicators=["IND-01"]),
    dict(code="AC-74", priority=3, axis="EJE2", criterion="R1", phase="MEDIUM",
         title="Evaluación de impacto de la intermediación y la derivación",
         description="Evaluación externa del efecto de los servicios en la inserción laboral formal.",
         unit=U_UPEG, person="Claudia Verónica Irías", offices=[], services=["INT", "DER"],
         start="2027-02-01", due="2027-11-30", status="NOT_STARTED", progress=0,
         cost="1600000.00", funding=F_COOP,
         indicator="Evaluación publicada", baseline="Sin evaluación", target="Informe final publicado",
         verification="Informe de evaluación", indicators=["IND-03"]),
    dict(code="AC-75", priority=4, axis="EJE2", criterion="R3", phase="LONG",
         title="Sistema de gestión de la calidad en 3 oficinas",
         description="Implementar un sistema de gestión de la calidad con miras a certificación en las tres "
                     "oficinas de mayor demanda.",
         unit=U_UPEG, person="Claudia Verónica Irías", offices=["OF-01", "OF-02", "OF-04"],
         services=["INT", "ORI", "GEM"], start="2027-01-01", due="2027-12-31", status="NOT_STARTED", progress=0,
         indicator="Oficinas con sistema de calidad", baseline="0", target="3",
         verification="Informe de auditoría"),
    dict(code="AC-76", priority=3, axis="EJE3", criterion="R2", phase="MEDIUM",
         title="Campaña nacional de captación de vacantes formales dirigida a MIPYMES",
         description="Campaña en medios y redes para que las MIPYMES publiquen sus vacantes en Sí Empleo.",
         unit=U_COM, person="Melissa Alejandra Funes", offices=[], services=["GEM"],
         start="2025-09-01", due="2026-03-31", status="DONE", progress=100,
         cost="650000.00", funding=F_PE,
         indicator="Vacantes de MIPYMES registradas", baseline="2 100", target="4 000",
         verification="Reporte de Empleate", indicators=["IND-05"]),
    dict(code="AC-77", priority=3, axis="EJE3", criterion="A2", phase="MEDIUM",
         title="Salas de entrevistas y preselección para empresas en oficinas integradas",
         description="Equipar salas donde las empresas entrevisten a candidaturas preseleccionadas.",
         unit=U_GEM, person="Carlos Eduardo Banegas", offices=INTEGRATED, services=["GEM"],
         start="2026-02-01", due="2026-12-15", status="IN_PROGRESS", progress=80,
         cost="720000.00", funding=F_PE,
         indicator="Salas equipadas", baseline="1", target="6",
         verification="Actas de entrega"),
    dict(code="AC-78", priority=4, axis="EJE3", criterion="A1", phase="LONG",
         title="Centro de emprendimiento en la oficina integrada de San Pedro Sula",
         description="Espacio de asesoría y preincubación con SENPRENDE y los CDE-MIPYME para personas derivadas.",
         unit="SENPRENDE / DGE", person="Kevin Omar Bustillo", offices=["OF-02"], services=["DER", "GEM"],
         start="2027-04-01", due="2027-12-15", status="NOT_STARTED", progress=0,
         indicator="Emprendimientos acompañados", baseline="0", target="120",
         verification="Registros del centro"),
    dict(code="AC-79", priority=3, axis="EJE3", dimension="REN", phase="MEDIUM",
         title="Ferias de empleo sectoriales en el Valle de Sula y el Litoral Atlántico",
         description="Ferias de maquila, agroindustria y turismo con empresas de cada sector.",
         unit=U_INT, person="Gabriela Sofía Paz", offices=["OF-02", "OF-03", "OF-04", "OF-05"],
         services=["INT", "GEM"], start="2025-05-01", due="2025-11-30", status="DONE", progress=100,
         cost="1100000.00", funding=F_PE,
         indicator="Vacantes ofertadas en ferias", baseline="0", target="3 000",
         verification="Informes de feria", indicators=["IND-05"]),
    dict(code="AC-80", priority=4, axis="EJE3", criterion="A4", phase="LONG",
         title="Certificación de competencias laborales con INFOP para personas colocadas en MIPYMES",
         description="Evaluar y certificar las competencias de personas colocadas en MIPYMES para mejorar su "
                     "movilidad laboral.",
         unit="INFOP / DGE – Derivación Interinstitucional", person="Nelson Iván Zúniga", offices=[],
         services=["DER"], start="2026-05-01", due="2027-10-31", status="IN_PROGRESS", progress=30,
         cost="2600000.00", funding=F_INFOP,
         indicator="Personas certificadas", baseline="0", target="800",
         verification="Certificados INFOP"),
    dict(code="AC-81", priority=4, axis="EJE2", criterion="O2", phase="LONG",
         title="Red de puntos de atención municipal en 10 municipios sin oficina",
         description="Puntos de atención con personal municipal capacitado y conectado a Empleate.",
         unit=U_TER, person="Marvin Alexis Reyes", offices=[], services=["INT", "TER"],
         start="2027-02-01", due="2027-12-15", status="NOT_STARTED", progress=0,
         indicator="Puntos de atención", baseline="0", target="10",
         verification="Convenios municipales"),
    dict(code="AC-82", priority=3, axis="EJE1", criterion="G4", phase="MEDIUM",
         title="Vehículo y viáticos para la gestión territorial en los departamentos piloto",
         description="Movilidad para que los gestores territoriales acompañen las mesas y los planes locales.",
         unit=U_ADM, person="Lorena Beatriz Cruz", offices=PILOTS, services=["TER"],
         start="2025-03-01", due="2025-12-31", status="DONE", progress=100,
         cost="1480000.00", funding=F_PE,
         indicator="Visitas de acompañamiento", baseline="0", target="60 visitas",
         verification="Bitácoras de viaje"),
    dict(code="AC-83", priority=4, axis="EJE2", criterion="O5", phase="LONG",
         title="Programa de formación e inserción para jóvenes en municipios de alta vulnerabilidad",
         description="Ruta combinada de orientación, formación INFOP e intermediación para jóvenes que no "
                     "estudian ni trabajan.",
         unit=U_ORI, person="Sandra Isabel Ordóñez", offices=["OF-01", "OF-02", "OF-03"],
         services=["ORI", "DER", "INT"], start="2026-10-01", due="2027-12-31", status="IN_PROGRESS", progress=10,
         cost="11500000.00", funding=F_COOP,
         indicator="Jóvenes insertados", baseline="0", target="1 200",
         verification="Registros de colocación", indicators=["IND-02"]),
]

# ---------------------------------------------------------------------------------------------------------------
# Agreement SETRASS–SENPRENDE–INFOP
# ---------------------------------------------------------------------------------------------------------------
AGREEMENT = {
    "code": "CONV-2023-01",
    "name": "Convenio de cooperación interinstitucional SETRASS–SENPRENDE–INFOP",
    "description": "Convenio que sustenta el modelo de oficina integrada: las tres instituciones principales de la "
                   "Política de Empleo prestan servicios de empleabilidad de forma colaborativa.",
    "parties": ["SETRASS", "SENPRENDE", "INFOP"],
    "signatureDate": "2023-11-23",
    "validFrom": "2023-12-01",
    "validUntil": "2027-11-30",
}
# institution, service, offices, description
COMMITMENTS = [
    ("SETRASS", "INT", INTEGRATED, "Prestar intermediación de empleo y registrar a las personas en Empleate."),
    ("SETRASS", "ORI", INTEGRATED, "Prestar orientación laboral e identificar necesidades de formación o "
                                   "emprendimiento."),
    ("SETRASS", "GEM", INTEGRATED, "Captar vacantes y compartir la demanda de las empresas con INFOP y "
                                   "SENPRENDE."),
    ("SETRASS", "DER", INTEGRATED, "Aplicar la ficha única de derivación y consolidar trimestralmente los "
                                   "resultados."),
    ("INFOP", "DER", ["OF-01", "OF-02", "OF-05", "OF-07", "OF-09"],
     "Recibir a las personas derivadas y ofrecerles cursos de formación profesional."),
    ("INFOP", "ORI", ["OF-01", "OF-02"], "Brindar orientación vocacional y evaluación de competencias en la "
                                         "ventanilla de INFOP."),
    ("INFOP", "TER", ["OF-05", "OF-07", "OF-09", "OF-15"],
     "Participar en las mesas territoriales y programar formación según los planes locales."),
    ("SENPRENDE", "DER", ["OF-01", "OF-02", "OF-04", "OF-05", "OF-09"],
     "Recibir a las personas derivadas con perfil emprendedor y brindar asesoría en emprendimiento."),
    ("SENPRENDE", "GEM", ["OF-01", "OF-02", "OF-04"], "Acompañar la formalización de MIPYMES mediante «Mi Empresa "
                                                      "en Línea»."),
    ("SENPRENDE", "TER", ["OF-04", "OF-05", "OF-07", "OF-09"],
     "Apoyar los componentes de emprendimiento e ingresos de los planes locales."),
]
# Target response time in calendar days per protocol step (illustrative): what the agreement's committee and
# the mesas territoriales agree as the time from the previous step to this one.
RESPONSE_DAYS = {"DP-1": 1, "DP-2": 5, "DP-3": 2, "DP-4": 15, "DP-5": 15, "DP-6": 30, "DP-7": 90,
                 "PL-1": 60, "PL-2": 120, "PL-3": 90, "PL-4": 120, "PL-5": 60, "PL-6": 180}
# code, name, responsible institution, description (steps of the referral protocol)
REFERRAL_STEPS = [
    ("DP-1", "Registro y perfilamiento", "SETRASS",
     "La oficina registra a la persona en Empleate y completa su perfil."),
    ("DP-2", "Orientación e identificación de la necesidad", "SETRASS",
     "La persona orientadora identifica la necesidad de formación o de apoyo al emprendimiento."),
    ("DP-3", "Ficha única de derivación", "SETRASS",
     "Se completa la ficha única y se envía al enlace de la institución receptora."),
    ("DP-4", "Admisión en formación profesional", "INFOP",
     "INFOP confirma el cupo y la inscripción en el curso."),
    ("DP-5", "Asesoría en emprendimiento", "SENPRENDE",
     "SENPRENDE realiza el diagnóstico del emprendimiento y la asesoría inicial."),
    ("DP-6", "Retroalimentación del resultado", "SETRASS",
     "La institución receptora informa el resultado y la oficina lo registra en Empleate."),
    ("DP-7", "Consolidado trimestral", "SETRASS",
     "La DGE consolida las derivaciones del trimestre y las presenta al comité del convenio."),
]
REFERRAL_PERIODS = ["2024-T1", "2024-T2", "2024-T3", "2024-T4", "2025-T1", "2025-T2", "2025-T3", "2025-T4",
                    "2026-T1", "2026-T2", "2026-T3"]
# Typical quarterly referrals per integrated office (before ramp-up); counts are ILLUSTRATIVE and derived
# deterministically in build_dataset.py.
REFERRAL_BASE = {"OF-01": 110, "OF-02": 100, "OF-04": 50, "OF-05": 50, "OF-07": 40, "OF-09": 45}

# ---------------------------------------------------------------------------------------------------------------
# Protocol for local plans and territorial tables
# ---------------------------------------------------------------------------------------------------------------
LOCAL_PLAN_PROTOCOL = [
    ("PL-1", "Instalación de la mesa territorial", "SETRASS",
     "Convocatoria de actores locales, acta de instalación y reglamento de funcionamiento."),
    ("PL-2", "Diagnóstico territorial de empleo", "SETRASS",
     "Caracterización de la oferta y la demanda de empleo y de las actividades económicas del territorio."),
    ("PL-3", "Priorización de problemas y oportunidades", "SETRASS",
     "La mesa prioriza sectores, poblaciones y oportunidades de empleo e ingresos."),
    ("PL-4", "Formulación del plan local", "SENPRENDE",
     "Redacción de objetivos, proyectos, responsables y presupuesto del plan local."),
    ("PL-5", "Validación del plan", "SETRASS",
     "Validación del plan en sesión plenaria de la mesa y aval de la municipalidad."),
    ("PL-6", "Seguimiento y evaluación", "SETRASS",
     "Seguimiento semestral de los proyectos del plan y rendición de cuentas."),
]
# code, name, department, municipality, installedOn, members [(name, sector, institution code or None)],
# local plan (code, name, periodStart, periodEnd, {step code: (status, date)})
_T = "Público"
TERRITORIAL_TABLES = [
    ("MT-01", "Mesa Territorial de Empleo de Atlántida", "ATLANTIDA", "La Ceiba", "2024-06-20", [
        ("Alcaldía Municipal de La Ceiba", _T, None),
        ("SETRASS – Oficina La Ceiba", _T, "SETRASS"),
        ("INFOP – Centro de formación de La Ceiba", _T, "INFOP"),
        ("SENPRENDE – CDE-MIPYME Litoral Atlántico", _T, "SENPRENDE"),
        ("Cámara de Comercio e Industrias de La Ceiba", "Privado", None),
        ("Asociación de hoteles y turismo de Atlántida", "Privado", None),
        ("Centro Universitario Regional del Litoral Atlántico (UNAH)", "Academia", None),
     ], ("PLE-01", "Plan local de promoción de empleo e ingresos de La Ceiba", "2026-01-01", "2028-12-31", {
        "PL-1": ("DONE", "2024-06-20"), "PL-2": ("DONE", "2024-10-31"), "PL-3": ("DONE", "2025-02-28"),
        "PL-4": ("DONE", "2025-07-31"), "PL-5": ("DONE", "2025-10-15"), "PL-6": ("IN_PROGRESS", None)})),
    ("MT-02", "Mesa Territorial de Empleo de Choluteca", "CHOLUTECA", "Choluteca", "2024-08-15", [
        ("Alcaldía Municipal de Choluteca", _T, None),
        ("SETRASS – Oficina Choluteca", _T, "SETRASS"),
        ("INFOP – Centro regional del Sur", _T, "INFOP"),
        ("SENPRENDE – CDE-MIPYME Región Sur", _T, "SENPRENDE"),
        ("Cámara de Comercio e Industrias de Choluteca", "Privado", None),
        ("Asociación de productores de melón y camarón", "Privado", None),
     ], ("PLE-02", "Plan local de promoción de empleo e ingresos de Choluteca", "2026-04-01", "2029-03-31", {
        "PL-1": ("DONE", "2024-08-15"), "PL-2": ("DONE", "2024-12-13"), "PL-3": ("DONE", "2025-04-25"),
        "PL-4": ("DONE", "2025-11-28"), "PL-5": ("DONE", "2026-03-20"), "PL-6": ("IN_PROGRESS", None)})),
    ("MT-03", "Mesa Territorial de Empleo de Comayagua", "COMAYAGUA", "Comayagua", "2024-09-26", [
        ("Alcaldía Municipal de Comayagua", _T, None),
        ("SETRASS – Oficina Comayagua", _T, "SETRASS"),
        ("INFOP – Centro de formación de Comayagua", _T, "INFOP"),
        ("SENPRENDE – CDE-MIPYME Región Centro", _T, "SENPRENDE"),
        ("Cámara de Comercio e Industrias de Comayagua", "Privado", None),
        ("Red de mujeres emprendedoras del valle de Comayagua", "Sociedad civil", None),
        ("Mancomunidad de municipios del valle de Comayagua", _T, None),
        ("Agencia de cooperación (programa de empleo juvenil)", "Cooperación", None),
     ], ("PLE-03", "Plan local de promoción de empleo e ingresos de Comayagua", "2027-01-01", "2029-12-31", {
        "PL-1": ("DONE", "2024-09-26"), "PL-2": ("DONE", "2025-03-14"), "PL-3": ("DONE", "2025-09-30"),
        "PL-4": ("IN_PROGRESS", None), "PL-5": ("PENDING", None), "PL-6": ("PENDING", None)})),
    ("MT-04", "Mesa Territorial de Empleo de Yoro", "YORO", "El Progreso", "2024-11-14", [
        ("Alcaldía Municipal de El Progreso", _T, None),
        ("SETRASS – Oficina El Progreso", _T, "SETRASS"),
        ("SENPRENDE – CDE-MIPYME Valle de Sula", _T, "SENPRENDE"),
        ("Cámara de Comercio e Industrias de El Progreso", "Privado", None),
        ("Cooperativas agrícolas de Yoro", "Sociedad civil", None),
        ("Instituto técnico de El Progreso", "Academia", None),
     ], ("PLE-04", "Plan local de promoción de empleo e ingresos de El Progreso", "2027-01-01", "2029-12-31", {
        "PL-1": ("DONE", "2024-11-14"), "PL-2": ("DONE", "2025-06-27"), "PL-3": ("IN_PROGRESS", None),
        "PL-4": ("PENDING", None), "PL-5": ("PENDING", None), "PL-6": ("PENDING", None)})),
    ("MT-05", "Mesa Territorial de Empleo de Intibucá", "INTIBUCA", "La Esperanza", "2025-02-27", [
        ("Alcaldía Municipal de La Esperanza", _T, None),
        ("SETRASS – Oficina La Esperanza", _T, "SETRASS"),
        ("INFOP – Unidad móvil de Intibucá", _T, "INFOP"),
        ("Organización de mujeres lencas productoras", "Sociedad civil", None),
        ("Asociación de productores de hortalizas de Intibucá", "Privado", None),
     ], ("PLE-05", "Plan local de promoción de empleo e ingresos de La Esperanza", "2027-07-01", "2030-06-30", {
        "PL-1": ("DONE", "2025-02-27"), "PL-2": ("DONE", "2025-10-17"), "PL-3": ("IN_PROGRESS", None),
        "PL-4": ("PENDING", None), "PL-5": ("PENDING", None), "PL-6": ("PENDING", None)})),
]

# ---------------------------------------------------------------------------------------------------------------
# Indicators (values ILLUSTRATIVE; baseline None = no measurement before the plan). measurements=None: computed
# in build_dataset.py from the referral records (IND-07, IND-08) or from the territorial tables (IND-09, IND-10)
# so that the data set stays consistent.
# ---------------------------------------------------------------------------------------------------------------
# code, name, unit, baseline, target, targetDate, description, measurements [(date, value)]
INDICATORS = [
    ("IND-01", "Personas buscadoras de empleo registradas", "personas", 38500, 60000,
     "2027-12-31", "Personas registradas en Empleate por las 17 oficinas en los últimos 12 meses.",
     [("2024-12-31", 42300), ("2025-12-31", 47900), ("2026-09-30", 51200)]),
    ("IND-02", "Personas colocadas", "personas", 6800, 12000, "2027-12-31",
     "Colocaciones verificadas en empleos formales en los últimos 12 meses.",
     [("2024-12-31", 7450), ("2025-12-31", 8900), ("2026-09-30", 9600)]),
    ("IND-03", "Tasa de inserción laboral", "%", 17.7, 22.0, "2027-12-31",
     "Personas colocadas sobre personas registradas en el mismo periodo.",
     [("2024-12-31", 17.6), ("2025-12-31", 18.6), ("2026-09-30", 18.8)]),
    ("IND-04", "Personas con orientación laboral", "personas", 9500, 20000, "2027-12-31",
     "Personas que recibieron orientación individual o grupal.",
     [("2024-12-31", 11800), ("2025-12-31", 15300), ("2026-09-30", 16900)]),
    ("IND-05", "Vacantes captadas", "vacantes", 14000, 24000, "2027-12-31",
     "Vacantes registradas en Empleate por las oficinas y las empresas.",
     [("2024-12-31", 15600), ("2025-12-31", 18900), ("2026-09-30", 20400)]),
    ("IND-06", "Empresas atendidas", "empresas", 1150, 2500, "2027-12-31",
     "Empresas que recibieron al menos un servicio de gestión empresarial.",
     [("2024-12-31", 1420), ("2025-12-31", 1880), ("2026-09-30", 2050)]),
    ("IND-07", "Personas derivadas a INFOP y SENPRENDE", "personas", 0, 2500, "2027-12-31",
     "Suma de los registros de derivación del convenio en los últimos 12 meses.", None),
    ("IND-08", "Derivaciones atendidas por la institución receptora", "%", None, 85, "2027-12-31",
     "Derivaciones con resultado «atendida» sobre el total derivado en los últimos 12 meses.", None),
    ("IND-09", "Mesas territoriales de empleo instaladas", "mesas", 0, 10, "2027-12-31",
     "Mesas territoriales con acta de instalación (acumulado).", None),
    ("IND-10", "Planes locales de empleo e ingresos validados", "planes", 0, 5, "2027-06-30",
     "Planes locales validados por la mesa territorial (acumulado).", None),
    ("IND-11", "Indicadores del SPE con ficha técnica aprobada", "%", 0, 100, "2025-06-30",
     "Porcentaje de la batería de indicadores con ficha técnica aprobada (ejemplo de la sección 5.6).",
     [("2024-09-30", 20), ("2025-03-31", 40), ("2026-06-30", 70)]),
    ("IND-12", "Personas usuarias satisfechas", "% satisfechas o muy satisfechas", 78.5, 85, "2027-06-30",
     "Resultado de la encuesta semestral de satisfacción (la primera medición es la línea base).",
     [("2025-07-31", 78.5), ("2026-07-31", 83.0)]),
    ("IND-13", "Días promedio para cubrir una vacante", "días", 38, 25, "2027-12-31",
     "Días entre el registro de una vacante y su cobertura, promedio ponderado por vacantes cubiertas.", None),
]

# Results management (format 1.1): definition, direction, periodicity, aggregation and whether the offices report
# the indicator (then the builder writes ILLUSTRATIVE quarterly values and targets of 2024 per office that offers
# the service, and the national value is computed from them: sum, or mean weighted by Measurement.weight).
# code: (definition, direction, periodicity, aggregation, service measured by the offices or None)
INDICATOR_META = {
    "IND-01": ("Suma de personas registradas en Empleate por la oficina en el trimestre.",
               "HIGHER_IS_BETTER", "QUARTERLY", "SUM", "INT"),
    "IND-02": ("Suma de personas colocadas en un empleo formal verificado en el trimestre.",
               "HIGHER_IS_BETTER", "QUARTERLY", "SUM", "INT"),
    "IND-03": ("Personas colocadas / personas registradas en el trimestre × 100 (media ponderada por registradas).",
               "HIGHER_IS_BETTER", "QUARTERLY", "WEIGHTED_MEAN", "INT"),
    "IND-04": ("Suma de personas con orientación individual o grupal en el trimestre.",
               "HIGHER_IS_BETTER", "QUARTERLY", "SUM", "ORI"),
    "IND-05": ("Suma de vacantes registradas en Empleate en el trimestre.",
               "HIGHER_IS_BETTER", "QUARTERLY", "SUM", "GEM"),
    "IND-06": ("Empresas con al menos un servicio de gestión empresarial en el trimestre.",
               "HIGHER_IS_BETTER", "QUARTERLY", "SUM", "GEM"),
    "IND-07": ("Suma de las personas derivadas a INFOP y SENPRENDE en el trimestre (registros del convenio).",
               "HIGHER_IS_BETTER", "QUARTERLY", "SUM", "DER"),
    "IND-08": ("Derivaciones atendidas / derivaciones del trimestre × 100 (media ponderada por derivadas).",
               "HIGHER_IS_BETTER", "QUARTERLY", "WEIGHTED_MEAN", "DER"),
    "IND-09": ("Mesas territoriales con acta de instalación al cierre del año (acumulado).",
               "HIGHER_IS_BETTER", "YEARLY", "SUM", None),
    "IND-10": ("Planes locales validados por la mesa territorial al cierre del año (acumulado).",
               "HIGHER_IS_BETTER", "YEARLY", "SUM", None),
    "IND-11": ("Indicadores con ficha técnica aprobada / indicadores de la batería × 100.",
               "HIGHER_IS_BETTER", "YEARLY", "SUM", None),
    "IND-12": ("Personas que responden «satisfecha» o «muy satisfecha» / personas encuestadas × 100.",
               "HIGHER_IS_BETTER", "YEARLY", "WEIGHTED_MEAN", None),
    "IND-13": ("Suma de días hasta la cobertura / vacantes cubiertas (media ponderada por vacantes cubiertas).",
               "LOWER_IS_BETTER", "QUARTERLY", "WEIGHTED_MEAN", "INT"),
}
# 2024 national totals the quarterly office values add up to (about; flows) or average to (rates)
RESULTS_2024 = {"IND-01": 42300, "IND-02": 7450, "IND-04": 11800, "IND-05": 15600, "IND-06": 1420, "IND-13": 33}
RESULTS_QUARTER_SHARE = [0.22, 0.25, 0.26, 0.27]  # seasonality of the flows over the four quarters
RESULTS_PERIODS = ["2024-T1", "2024-T2", "2024-T3", "2024-T4"]
# dates at which computed indicators are measured (end of the 12-month window / cut-off)
COMPUTED_MEASUREMENT_DATES = ["2024-12-31", "2025-12-31", "2026-09-30"]
