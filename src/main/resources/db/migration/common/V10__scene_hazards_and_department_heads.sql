-- The script breakdown marks each scene's hazards (firearms, stunts, pyrotechnics, ...): the scene-safety
-- rules (weapon plan, risk assessment, safety meeting, dedicated armorer) key off them. A short list of enum
-- names, comma-separated and sorted, read and written only through the schedule.
ALTER TABLE scene ADD COLUMN hazards VARCHAR(120) DEFAULT '' NOT NULL;

-- Department heads who sign risk assessments for their hazards, and the camera crew whose hours and rest are
-- watched on firearms days.
ALTER TABLE production_member_role DROP CONSTRAINT production_member_role_known;
ALTER TABLE production_member_role ADD CONSTRAINT production_member_role_known CHECK (crew_role IN
  ('ARMORER', 'PROPERTY_MASTER', 'FIRST_AD', 'PERFORMER', 'CREW', 'SAFETY_ADVISOR', 'UPM', 'PRODUCER',
   'CAMERA', 'STUNT_COORDINATOR', 'SPECIAL_EFFECTS'));
