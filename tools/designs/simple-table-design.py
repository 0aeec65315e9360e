#!/usr/bin/env python3
# SPDX-License-Identifier: EPL-2.0
"""Writes a one-table BIRT design that reads report-data rows (tools/designs/README: used for plug-in reports).

Usage: simple-table-design.py SPEC.json OUT.rptdesign
SPEC: {"title", "description", "rowPath", "groupBy" (column or null), "groupLabel" (JS expression or null),
       "officeFilter" (column filtered by the office parameter, or null),
       "columns": [{"name", "type": "string"|"integer", "label", "width", "show": true|false}]}
The page set-up and styles are those of the core designs (hn.siempleo.reports/designs/coverage.rptdesign).
"""
import json, sys, re, os
from xml.sax.saxutils import escape

spec = json.load(open(sys.argv[1], encoding="utf-8"))
core = os.path.join(os.path.dirname(__file__), "../../bundles/hn.siempleo.reports/designs/coverage.rptdesign")
lines = open(core, encoding="utf-8").read().split("\n")
styles = next(l for l in lines if l.startswith("<styles>"))
page = next(l for l in lines if l.startswith("<page-setup>"))
page = page.replace("Cobertura de oficinas y servicios", escape(spec["title"]))
source = next(l for l in lines if l.startswith("<data-sources>"))
images = next(l for l in lines if l.startswith('<list-property name="images">'))  # the embedded isotipo of the header
nid = [2000]
def new_id():
    nid[0] += 1
    return str(nid[0])
cols = spec["columns"]
native = {"string": ("string", "12", "STRING"), "integer": ("integer", "4", "INT")}
def result_set(with_native):
    out = []
    for i, c in enumerate(cols, 1):
        t, n, _ = native[c["type"]]
        extra = f'<property name="nativeName">{c["name"]}</property>' if with_native else ""
        extra2 = f'<property name="nativeDataType">{n}</property>' if with_native else ""
        out.append(f'<structure><property name="position">{i}</property><property name="name">{c["name"]}</property>{extra}<property name="dataType">{t}</property>{extra2}</structure>')
    return "".join(out)
query = "table0#-TNAME-#table0#:#[" + spec["rowPath"] + "]#:#" + ",".join(
    "{%s;%s;/@%s}" % (c["name"], native[c["type"]][2], c["name"]) for c in cols)
flt = ""
if spec.get("officeFilter"):
    flt = ('<list-property name="filter"><structure><property name="operator">is-true</property><expression name="expr" type="javascript">'
           'params["office"].value == null || params["office"].value == "" || row["%s"] == params["office"].value</expression></structure></list-property>' % spec["officeFilter"])
dataset = ('<oda-data-set extensionID="org.eclipse.datatools.enablement.oda.xml.dataSet" name="Filas" id="126">' + flt +
           '<structure name="cachedMetaData"><list-property name="resultSet">' + result_set(False) + '</list-property></structure>'
           '<property name="dataSource">Datos Sí Empleo</property><list-property name="resultSet">' + result_set(True) + '</list-property>'
           '<xml-property name="queryText"><![CDATA[' + query + ']]></xml-property><list-property name="privateDriverProperties"><ex-property><name>MAX_ROW</name><value>-1</value></ex-property><ex-property><name>XML_FILE</name></ex-property></list-property></oda-data-set>')
shown = [c for c in cols if c.get("show", True)]
bound = "".join(f'<structure><property name="name">{c["name"]}</property><expression name="expression" type="javascript">dataSetRow["{c["name"]}"]</expression><property name="dataType">{native[c["type"]][0]}</property></structure>' for c in cols)
if spec.get("groupLabel"):
    bound += f'<structure><property name="name">groupLabel</property><expression name="expression" type="javascript">{escape(spec["groupLabel"])}</expression><property name="dataType">string</property></structure>'
columns = "".join(f'<column id="{new_id()}"><property name="width">{c["width"]}</property></column>' for c in shown)
def cell(style, content):
    return f'<cell id="{new_id()}"><property name="style">{style}</property>{content}</cell>'
header = '<header><row id="%s">%s</row></header>' % (new_id(), "".join(
    cell("th", f'<label id="{new_id()}"><text-property name="text">{escape(c["label"])}</text-property></label>') for c in shown))
detail = '<detail><row id="%s">%s</row></detail>' % (new_id(), "".join(
    cell("num" if c["type"] == "integer" else "td", f'<data id="{new_id()}"><property name="resultSetColumn">{c["name"]}</property></data>') for c in shown))
group = ""
if spec.get("groupBy"):
    group = (f'<group id="{new_id()}"><property name="groupName">grupo</property><expression name="keyExpr" type="javascript">row["{spec["groupBy"]}"]</expression>'
             '<property name="interval">none</property><property name="sortDirection">asc</property><property name="repeatHeader">true</property><property name="hideDetail">false</property>'
             f'<header><row id="{new_id()}"><cell id="{new_id()}"><property name="colSpan">{len(shown)}</property><property name="style">group</property>'
             f'<data id="{new_id()}"><property name="resultSetColumn">groupLabel</property></data></cell></row></header></group>')
body = (f'<body><label id="{new_id()}"><property name="style">title</property><text-property name="text">{escape(spec["title"])}</text-property></label>'
        f'<label id="{new_id()}"><property name="style">subtitle</property><text-property name="text">{escape(spec["description"])}</text-property></label>'
        f'<table id="{new_id()}" name="filas"><property name="width">100%</property><property name="dataSet">Filas</property>'
        f'<list-property name="boundDataColumns">{bound}</list-property>{columns}{header}{group}{detail}</table></body>')
params = ('<scalar-parameter name="reportData" id="123"><text-property name="promptText">Archivo de datos del informe (XML)</text-property><property name="hidden">true</property><property name="valueType">static</property><property name="isRequired">false</property><property name="dataType">string</property><property name="distinct">true</property><simple-property-list name="defaultValue"><value type="constant">sample-report-data.xml</value></simple-property-list><list-property name="selectionList"/><property name="paramType">simple</property><property name="controlType">text-box</property><structure name="format"><property name="category">Unformatted</property></structure></scalar-parameter>')
if spec.get("officeFilter"):
    params += ('<scalar-parameter name="office" id="124"><text-property name="promptText">Oficina</text-property><property name="valueType">static</property><property name="isRequired">false</property><property name="dataType">string</property><property name="distinct">true</property><simple-property-list name="defaultValue"><value type="constant"></value></simple-property-list><list-property name="selectionList"/><property name="paramType">simple</property><property name="controlType">text-box</property><structure name="format"><property name="category">Unformatted</property></structure></scalar-parameter>')
out = "\n".join([
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<report xmlns="http://www.eclipse.org/birt/2005/design" version="3.2.23" id="1">',
    '<property name="createdBy">Sí Empleo Workbench</property>',
    '<property name="units">in</property>',
    f'<text-property name="title">{escape(spec["title"])}</text-property>',
    f'<html-property name="description">{escape(spec["description"])}</html-property>',
    '<property name="layoutPreference">auto layout</property>',
    '<list-property name="propertyBindings"><structure><property name="name">FILELIST</property><property name="id">5</property><expression name="value" type="javascript">params["reportData"].value</expression></structure></list-property>',
    '<parameters>', params, '</parameters>', source, '<data-sets>', dataset, '</data-sets>', styles, page, body, images, '</report>', ''])
open(sys.argv[2], "w", encoding="utf-8").write(out)
