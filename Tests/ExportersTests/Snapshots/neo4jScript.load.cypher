// Loads the CSV files of this folder into a running Neo4j 5 server, into an
// empty database (run it once). Written by `newsgraph build --format neo4j`.
// Copy the .csv files into the server's import folder, then:
//   cypher-shell -u neo4j -p PASSWORD -f load.cypher
// A new database loads faster with neo4j-admin database import (README).
// Empty fields are missing properties; lists are split at ';'.

CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT statement_id IF NOT EXISTS FOR (n:Statement) REQUIRE n.id IS UNIQUE;

// Entity nodes
LOAD CSV WITH HEADERS FROM 'file:///entities.csv' AS row
CALL {
  WITH row
  CREATE (n:Entity {id: row.`id:ID`})
  SET n.`name` = row.`name`,
    n.`type` = row.`type`,
    n.`aliases` = split(row.`aliases:string[]`, ';'),
    n.`mentions` = toInteger(row.`mentions:int`),
    n.`documents` = split(row.`documents:string[]`, ';'),
    n.`roles` = split(row.`roles:string[]`, ';'),
    n.`first_seen` = row.`first_seen`,
    n.`last_seen` = row.`last_seen`,
    n.`date` = row.`date`,
    n.`affiliation` = row.`affiliation`,
    n.`place` = row.`place`
  FOREACH (_ IN CASE WHEN 'Person' IN split(row.`:LABEL`, ';') THEN [1] ELSE [] END | SET n:`Person`)
  FOREACH (_ IN CASE WHEN 'Country' IN split(row.`:LABEL`, ';') THEN [1] ELSE [] END | SET n:`Country`)
  FOREACH (_ IN CASE WHEN 'Organization' IN split(row.`:LABEL`, ';') THEN [1] ELSE [] END | SET n:`Organization`)
  FOREACH (_ IN CASE WHEN 'Event' IN split(row.`:LABEL`, ';') THEN [1] ELSE [] END | SET n:`Event`)
  FOREACH (_ IN CASE WHEN 'Location' IN split(row.`:LABEL`, ';') THEN [1] ELSE [] END | SET n:`Location`)
  FOREACH (_ IN CASE WHEN 'Group' IN split(row.`:LABEL`, ';') THEN [1] ELSE [] END | SET n:`Group`)
} IN TRANSACTIONS OF 10000 ROWS;

// Statement nodes
LOAD CSV WITH HEADERS FROM 'file:///statements.csv' AS row
CALL {
  WITH row
  CREATE (n:Statement {id: row.`id:ID`})
  SET n.`text` = row.`text`,
    n.`kind` = row.`kind`,
    n.`cue` = row.`cue`,
    n.`speaker_text` = row.`speaker_text`,
    n.`document` = row.`document`,
    n.`start` = toInteger(row.`start:int`),
    n.`end` = toInteger(row.`end:int`),
    n.`date` = row.`date`,
    n.`spans` = row.`spans`
} IN TRANSACTIONS OF 10000 ROWS;

// SAID relationships
LOAD CSV WITH HEADERS FROM 'file:///said.csv' AS row
CALL {
  WITH row
  MATCH (a:Entity {id: row.`:START_ID`})
  MATCH (b:Statement {id: row.`:END_ID`})
  CREATE (a)-[r:`SAID`]->(b)
} IN TRANSACTIONS OF 10000 ROWS;

// ABOUT relationships
LOAD CSV WITH HEADERS FROM 'file:///about.csv' AS row
CALL {
  WITH row
  MATCH (a:Statement {id: row.`:START_ID`})
  MATCH (b:Entity {id: row.`:END_ID`})
  CREATE (a)-[r:`ABOUT`]->(b)
  SET r.`stance` = row.`stance`
} IN TRANSACTIONS OF 10000 ROWS;

// HOLDS_ROLE relationships
LOAD CSV WITH HEADERS FROM 'file:///relations.csv' AS row
WITH row WHERE row.`:TYPE` = 'HOLDS_ROLE'
CALL {
  WITH row
  MATCH (a:Entity {id: row.`:START_ID`})
  MATCH (b:Entity {id: row.`:END_ID`})
  CREATE (a)-[r:`HOLDS_ROLE`]->(b)
  SET r.`predicate` = row.`predicate`,
    r.`verb` = row.`verb`,
    r.`title` = row.`title`,
    r.`date` = row.`date`,
    r.`place` = row.`place`,
    r.`document` = row.`document`,
    r.`evidence` = row.`evidence`,
    r.`evidence_start` = toInteger(row.`evidence_start:int`),
    r.`evidence_end` = toInteger(row.`evidence_end:int`)
} IN TRANSACTIONS OF 10000 ROWS;

// MEMBER_OF relationships
LOAD CSV WITH HEADERS FROM 'file:///relations.csv' AS row
WITH row WHERE row.`:TYPE` = 'MEMBER_OF'
CALL {
  WITH row
  MATCH (a:Entity {id: row.`:START_ID`})
  MATCH (b:Entity {id: row.`:END_ID`})
  CREATE (a)-[r:`MEMBER_OF`]->(b)
  SET r.`predicate` = row.`predicate`,
    r.`verb` = row.`verb`,
    r.`title` = row.`title`,
    r.`date` = row.`date`,
    r.`place` = row.`place`,
    r.`document` = row.`document`,
    r.`evidence` = row.`evidence`,
    r.`evidence_start` = toInteger(row.`evidence_start:int`),
    r.`evidence_end` = toInteger(row.`evidence_end:int`)
} IN TRANSACTIONS OF 10000 ROWS;

// PART_OF relationships
LOAD CSV WITH HEADERS FROM 'file:///relations.csv' AS row
WITH row WHERE row.`:TYPE` = 'PART_OF'
CALL {
  WITH row
  MATCH (a:Entity {id: row.`:START_ID`})
  MATCH (b:Entity {id: row.`:END_ID`})
  CREATE (a)-[r:`PART_OF`]->(b)
  SET r.`predicate` = row.`predicate`,
    r.`verb` = row.`verb`,
    r.`title` = row.`title`,
    r.`date` = row.`date`,
    r.`place` = row.`place`,
    r.`document` = row.`document`,
    r.`evidence` = row.`evidence`,
    r.`evidence_start` = toInteger(row.`evidence_start:int`),
    r.`evidence_end` = toInteger(row.`evidence_end:int`)
} IN TRANSACTIONS OF 10000 ROWS;

// LOCATED_IN relationships
LOAD CSV WITH HEADERS FROM 'file:///relations.csv' AS row
WITH row WHERE row.`:TYPE` = 'LOCATED_IN'
CALL {
  WITH row
  MATCH (a:Entity {id: row.`:START_ID`})
  MATCH (b:Entity {id: row.`:END_ID`})
  CREATE (a)-[r:`LOCATED_IN`]->(b)
  SET r.`predicate` = row.`predicate`,
    r.`verb` = row.`verb`,
    r.`title` = row.`title`,
    r.`date` = row.`date`,
    r.`place` = row.`place`,
    r.`document` = row.`document`,
    r.`evidence` = row.`evidence`,
    r.`evidence_start` = toInteger(row.`evidence_start:int`),
    r.`evidence_end` = toInteger(row.`evidence_end:int`)
} IN TRANSACTIONS OF 10000 ROWS;

// INVADED relationships
LOAD CSV WITH HEADERS FROM 'file:///relations.csv' AS row
WITH row WHERE row.`:TYPE` = 'INVADED'
CALL {
  WITH row
  MATCH (a:Entity {id: row.`:START_ID`})
  MATCH (b:Entity {id: row.`:END_ID`})
  CREATE (a)-[r:`INVADED`]->(b)
  SET r.`predicate` = row.`predicate`,
    r.`verb` = row.`verb`,
    r.`title` = row.`title`,
    r.`date` = row.`date`,
    r.`place` = row.`place`,
    r.`document` = row.`document`,
    r.`evidence` = row.`evidence`,
    r.`evidence_start` = toInteger(row.`evidence_start:int`),
    r.`evidence_end` = toInteger(row.`evidence_end:int`)
} IN TRANSACTIONS OF 10000 ROWS;

// OCCUPIED relationships
LOAD CSV WITH HEADERS FROM 'file:///relations.csv' AS row
WITH row WHERE row.`:TYPE` = 'OCCUPIED'
CALL {
  WITH row
  MATCH (a:Entity {id: row.`:START_ID`})
  MATCH (b:Entity {id: row.`:END_ID`})
  CREATE (a)-[r:`OCCUPIED`]->(b)
  SET r.`predicate` = row.`predicate`,
    r.`verb` = row.`verb`,
    r.`title` = row.`title`,
    r.`date` = row.`date`,
    r.`place` = row.`place`,
    r.`document` = row.`document`,
    r.`evidence` = row.`evidence`,
    r.`evidence_start` = toInteger(row.`evidence_start:int`),
    r.`evidence_end` = toInteger(row.`evidence_end:int`)
} IN TRANSACTIONS OF 10000 ROWS;

// ATTACKED relationships
LOAD CSV WITH HEADERS FROM 'file:///relations.csv' AS row
WITH row WHERE row.`:TYPE` = 'ATTACKED'
CALL {
  WITH row
  MATCH (a:Entity {id: row.`:START_ID`})
  MATCH (b:Entity {id: row.`:END_ID`})
  CREATE (a)-[r:`ATTACKED`]->(b)
  SET r.`predicate` = row.`predicate`,
    r.`verb` = row.`verb`,
    r.`title` = row.`title`,
    r.`date` = row.`date`,
    r.`place` = row.`place`,
    r.`document` = row.`document`,
    r.`evidence` = row.`evidence`,
    r.`evidence_start` = toInteger(row.`evidence_start:int`),
    r.`evidence_end` = toInteger(row.`evidence_end:int`)
} IN TRANSACTIONS OF 10000 ROWS;

// APPLIED_TO_JOIN relationships
LOAD CSV WITH HEADERS FROM 'file:///relations.csv' AS row
WITH row WHERE row.`:TYPE` = 'APPLIED_TO_JOIN'
CALL {
  WITH row
  MATCH (a:Entity {id: row.`:START_ID`})
  MATCH (b:Entity {id: row.`:END_ID`})
  CREATE (a)-[r:`APPLIED_TO_JOIN`]->(b)
  SET r.`predicate` = row.`predicate`,
    r.`verb` = row.`verb`,
    r.`title` = row.`title`,
    r.`date` = row.`date`,
    r.`place` = row.`place`,
    r.`document` = row.`document`,
    r.`evidence` = row.`evidence`,
    r.`evidence_start` = toInteger(row.`evidence_start:int`),
    r.`evidence_end` = toInteger(row.`evidence_end:int`)
} IN TRANSACTIONS OF 10000 ROWS;

// CALLED relationships
LOAD CSV WITH HEADERS FROM 'file:///relations.csv' AS row
WITH row WHERE row.`:TYPE` = 'CALLED'
CALL {
  WITH row
  MATCH (a:Entity {id: row.`:START_ID`})
  MATCH (b:Entity {id: row.`:END_ID`})
  CREATE (a)-[r:`CALLED`]->(b)
  SET r.`predicate` = row.`predicate`,
    r.`verb` = row.`verb`,
    r.`title` = row.`title`,
    r.`date` = row.`date`,
    r.`place` = row.`place`,
    r.`document` = row.`document`,
    r.`evidence` = row.`evidence`,
    r.`evidence_start` = toInteger(row.`evidence_start:int`),
    r.`evidence_end` = toInteger(row.`evidence_end:int`)
} IN TRANSACTIONS OF 10000 ROWS;

// MET relationships
LOAD CSV WITH HEADERS FROM 'file:///relations.csv' AS row
WITH row WHERE row.`:TYPE` = 'MET'
CALL {
  WITH row
  MATCH (a:Entity {id: row.`:START_ID`})
  MATCH (b:Entity {id: row.`:END_ID`})
  CREATE (a)-[r:`MET`]->(b)
  SET r.`predicate` = row.`predicate`,
    r.`verb` = row.`verb`,
    r.`title` = row.`title`,
    r.`date` = row.`date`,
    r.`place` = row.`place`,
    r.`document` = row.`document`,
    r.`evidence` = row.`evidence`,
    r.`evidence_start` = toInteger(row.`evidence_start:int`),
    r.`evidence_end` = toInteger(row.`evidence_end:int`)
} IN TRANSACTIONS OF 10000 ROWS;

// OUSTED relationships
LOAD CSV WITH HEADERS FROM 'file:///relations.csv' AS row
WITH row WHERE row.`:TYPE` = 'OUSTED'
CALL {
  WITH row
  MATCH (a:Entity {id: row.`:START_ID`})
  MATCH (b:Entity {id: row.`:END_ID`})
  CREATE (a)-[r:`OUSTED`]->(b)
  SET r.`predicate` = row.`predicate`,
    r.`verb` = row.`verb`,
    r.`title` = row.`title`,
    r.`date` = row.`date`,
    r.`place` = row.`place`,
    r.`document` = row.`document`,
    r.`evidence` = row.`evidence`,
    r.`evidence_start` = toInteger(row.`evidence_start:int`),
    r.`evidence_end` = toInteger(row.`evidence_end:int`)
} IN TRANSACTIONS OF 10000 ROWS;

// CRITICIZED relationships
LOAD CSV WITH HEADERS FROM 'file:///relations.csv' AS row
WITH row WHERE row.`:TYPE` = 'CRITICIZED'
CALL {
  WITH row
  MATCH (a:Entity {id: row.`:START_ID`})
  MATCH (b:Entity {id: row.`:END_ID`})
  CREATE (a)-[r:`CRITICIZED`]->(b)
  SET r.`predicate` = row.`predicate`,
    r.`verb` = row.`verb`,
    r.`title` = row.`title`,
    r.`date` = row.`date`,
    r.`place` = row.`place`,
    r.`document` = row.`document`,
    r.`evidence` = row.`evidence`,
    r.`evidence_start` = toInteger(row.`evidence_start:int`),
    r.`evidence_end` = toInteger(row.`evidence_end:int`)
} IN TRANSACTIONS OF 10000 ROWS;

// SUPPORTED relationships
LOAD CSV WITH HEADERS FROM 'file:///relations.csv' AS row
WITH row WHERE row.`:TYPE` = 'SUPPORTED'
CALL {
  WITH row
  MATCH (a:Entity {id: row.`:START_ID`})
  MATCH (b:Entity {id: row.`:END_ID`})
  CREATE (a)-[r:`SUPPORTED`]->(b)
  SET r.`predicate` = row.`predicate`,
    r.`verb` = row.`verb`,
    r.`title` = row.`title`,
    r.`date` = row.`date`,
    r.`place` = row.`place`,
    r.`document` = row.`document`,
    r.`evidence` = row.`evidence`,
    r.`evidence_start` = toInteger(row.`evidence_start:int`),
    r.`evidence_end` = toInteger(row.`evidence_end:int`)
} IN TRANSACTIONS OF 10000 ROWS;

// OPPOSED relationships
LOAD CSV WITH HEADERS FROM 'file:///relations.csv' AS row
WITH row WHERE row.`:TYPE` = 'OPPOSED'
CALL {
  WITH row
  MATCH (a:Entity {id: row.`:START_ID`})
  MATCH (b:Entity {id: row.`:END_ID`})
  CREATE (a)-[r:`OPPOSED`]->(b)
  SET r.`predicate` = row.`predicate`,
    r.`verb` = row.`verb`,
    r.`title` = row.`title`,
    r.`date` = row.`date`,
    r.`place` = row.`place`,
    r.`document` = row.`document`,
    r.`evidence` = row.`evidence`,
    r.`evidence_start` = toInteger(row.`evidence_start:int`),
    r.`evidence_end` = toInteger(row.`evidence_end:int`)
} IN TRANSACTIONS OF 10000 ROWS;

// PARTICIPATED_IN relationships
LOAD CSV WITH HEADERS FROM 'file:///relations.csv' AS row
WITH row WHERE row.`:TYPE` = 'PARTICIPATED_IN'
CALL {
  WITH row
  MATCH (a:Entity {id: row.`:START_ID`})
  MATCH (b:Entity {id: row.`:END_ID`})
  CREATE (a)-[r:`PARTICIPATED_IN`]->(b)
  SET r.`predicate` = row.`predicate`,
    r.`verb` = row.`verb`,
    r.`title` = row.`title`,
    r.`date` = row.`date`,
    r.`place` = row.`place`,
    r.`document` = row.`document`,
    r.`evidence` = row.`evidence`,
    r.`evidence_start` = toInteger(row.`evidence_start:int`),
    r.`evidence_end` = toInteger(row.`evidence_end:int`)
} IN TRANSACTIONS OF 10000 ROWS;

