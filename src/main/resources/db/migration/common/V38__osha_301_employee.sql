-- The 301's information about the employee beyond the name (street, city, state, ZIP, date of birth, date hired,
-- male or female) and the address of the facility where treatment was given away from the set. Kept with the
-- decision, each optional (the 301 lets "unknown" stand); the PostgreSQL triggers of V35_1 already refuse changing
-- or deleting a decision, these columns with it.
ALTER TABLE osha_decision ADD COLUMN employee_street VARCHAR(100);
ALTER TABLE osha_decision ADD COLUMN employee_city VARCHAR(100);
ALTER TABLE osha_decision ADD COLUMN employee_state VARCHAR(2);
ALTER TABLE osha_decision ADD COLUMN employee_zip VARCHAR(10);
ALTER TABLE osha_decision ADD COLUMN date_of_birth DATE;
ALTER TABLE osha_decision ADD COLUMN date_hired DATE;
ALTER TABLE osha_decision ADD COLUMN sex VARCHAR(6);
ALTER TABLE osha_decision ADD COLUMN facility_street VARCHAR(100);
ALTER TABLE osha_decision ADD COLUMN facility_city VARCHAR(100);
ALTER TABLE osha_decision ADD COLUMN facility_state VARCHAR(2);
ALTER TABLE osha_decision ADD COLUMN facility_zip VARCHAR(10);
