-- Why a management review opened, kept in parts beside the English sentence it was opened with, so each reader's
-- page says it in their words: how many reports a department filed and over how many days; what a person typed, as
-- typed (a resignation's report title, a producer's reason for a safety budget cut); the budget's own words for a
-- cut (a bundle key and its arguments, as JSON). The English `why` stays what the ledger and the API keep.
-- A table of its own rather than columns on management_review: that table refuses UPDATE (V5_1), and the reviews
-- opened before this version get their parts by an INSERT. Runs unchanged on PostgreSQL and on H2 in PostgreSQL mode.
CREATE TABLE management_review_parts
(
  review_id    UUID          NOT NULL PRIMARY KEY REFERENCES management_review (id),
  report_count BIGINT,
  window_days  BIGINT,
  typed        VARCHAR(2000),
  cut_words    VARCHAR(4000)
);

-- Reviews opened before: their parts are taken from their English only where saying the parts again gives that
-- English exactly, character for character; any other review keeps no parts and is read as stored.
-- A resignation: its report's title, as the review quoted it.
INSERT INTO management_review_parts (review_id, typed)
SELECT m.id, r.title
FROM management_review m
JOIN hazard_report r ON r.id = m.report_id
WHERE m.trigger_kind = 'RESIGNATION'
  AND m.why = 'A resignation citing safety' || CASE WHEN m.department IS NULL THEN '' ELSE ' in ' || m.department END
      || ': ' || r.title
  AND NOT EXISTS (SELECT 1 FROM management_review_parts p WHERE p.review_id = m.id);

-- Repeated reports: "<department> has filed <n> safety reports in the last <days> days".
INSERT INTO management_review_parts (review_id, report_count, window_days)
SELECT id, CAST(reports AS BIGINT), CAST(days AS BIGINT)
FROM (
  SELECT id, why, department, reports, days,
         CASE WHEN reports <> '' AND days <> '' AND CHAR_LENGTH(reports) <= 9 AND CHAR_LENGTH(days) <= 9
                   AND TRANSLATE(reports, '0123456789', '##########') = REPEAT('#', CHAR_LENGTH(reports))
                   AND TRANSLATE(days, '0123456789', '##########') = REPEAT('#', CHAR_LENGTH(days))
                   AND (reports = '0' OR reports NOT LIKE '0%') AND (days = '0' OR days NOT LIKE '0%')
              THEN 1 ELSE 0 END AS numbers
  FROM (
    SELECT m.id, m.why, m.department,
           SUBSTRING(m.why FROM CHAR_LENGTH(m.department) + 12
               FOR GREATEST(0, POSITION(' safety reports in the last ' IN m.why) - CHAR_LENGTH(m.department) - 12))
               AS reports,
           SUBSTRING(m.why FROM POSITION(' safety reports in the last ' IN m.why) + 28
               FOR GREATEST(0, CHAR_LENGTH(m.why) - POSITION(' safety reports in the last ' IN m.why) - 28 - 4))
               AS days
    FROM management_review m
    WHERE m.trigger_kind = 'REPEATED_REPORTS' AND m.department IS NOT NULL
      AND POSITION(' safety reports in the last ' IN m.why) > 0
      AND NOT EXISTS (SELECT 1 FROM management_review_parts p WHERE p.review_id = m.id)
  ) split
) checked
WHERE numbers = 1
  AND why = department || ' has filed ' || reports || ' safety reports in the last ' || days || ' days';
