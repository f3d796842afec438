// Loads the CSV files of this folder into Kùzu, an embedded Cypher database.
// Written by `newsgraph build --format neo4j`. Run the statements in order
// (each ends with ';' at the end of a line) with this folder as the working
// directory, since COPY paths are relative: in Kùzu's shell, or from Python
// with kuzu.Connection(kuzu.Database("newsgraph.kuzu")).execute(statement).
// Labels and lists stay ';'-separated strings; relations are RELATION
// relationships with the Neo4j type (INVADED, HOLDS_ROLE) in `type`.

CREATE NODE TABLE Entity(`id` STRING, `labels` STRING, `name` STRING, `type` STRING, `aliases` STRING, `mentions` INT64, `documents` STRING, `roles` STRING, `first_seen` STRING, `last_seen` STRING, `date` STRING, `affiliation` STRING, `place` STRING, PRIMARY KEY (`id`));
CREATE NODE TABLE Statement(`id` STRING, `labels` STRING, `text` STRING, `kind` STRING, `cue` STRING, `speaker_text` STRING, `document` STRING, `start` INT64, `end` INT64, `date` STRING, `spans` STRING, PRIMARY KEY (`id`));
CREATE REL TABLE SAID(FROM Entity TO Statement, `type` STRING);
CREATE REL TABLE ABOUT(FROM Statement TO Entity, `type` STRING, `stance` STRING);
CREATE REL TABLE RELATION(FROM Entity TO Entity, `type` STRING, `predicate` STRING, `verb` STRING, `title` STRING, `date` STRING, `place` STRING, `document` STRING, `evidence` STRING, `evidence_start` INT64, `evidence_end` INT64);

COPY Entity FROM 'entities.csv' (HEADER=true, DELIM=',', QUOTE='"', ESCAPE='"', AUTO_DETECT=false, PARALLEL=false);
COPY Statement FROM 'statements.csv' (HEADER=true, DELIM=',', QUOTE='"', ESCAPE='"', AUTO_DETECT=false, PARALLEL=false);
COPY SAID FROM 'said.csv' (HEADER=true, DELIM=',', QUOTE='"', ESCAPE='"', AUTO_DETECT=false, PARALLEL=false);
COPY ABOUT FROM 'about.csv' (HEADER=true, DELIM=',', QUOTE='"', ESCAPE='"', AUTO_DETECT=false, PARALLEL=false);
COPY RELATION FROM 'relations.csv' (HEADER=true, DELIM=',', QUOTE='"', ESCAPE='"', AUTO_DETECT=false, PARALLEL=false);
