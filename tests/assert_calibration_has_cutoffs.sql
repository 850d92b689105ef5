-- A warning, not an error: with no calibration cutoff, rpt_score_calibration and
-- rpt_signal_lift are empty and `make draft` has nothing to fit. A cutoff needs a month start
-- after the first activity, at most a month after the last, whose horizon has passed by the
-- latest observed activity, touch or opportunity.
{{ config(severity='warn') }}

with clock as (

    select * from {{ ref('int_scoring_clock') }}

),

cutoffs as (

    select count(*) as cutoffs from {{ ref('int_calibration_cutoffs') }}

)

select
    'No calibration cutoff: activity runs from ' || cast(clock.first_activity_at as {{ dbt.type_string() }})
    || ' to ' || cast(clock.last_activity_at as {{ dbt.type_string() }})
    || ', and a cutoff needs calibration_horizon_days ({{ var("calibration_horizon_days") }})'
    || ' of observed data after it;'
    || ' rpt_score_calibration and rpt_signal_lift stay empty until the data reaches that far.' as message
from clock
cross join cutoffs
where cutoffs.cutoffs = 0
