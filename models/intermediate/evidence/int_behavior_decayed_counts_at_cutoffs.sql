{#-
    Each person's decayed count of every scored activity type at every calibration cutoff (definitions:
    Calibration: as of the cutoff, nothing after it), read from the stored running sums of
    int_behavior_decayed_counts: at a cutoff inside the person's span (first to last instant) the
    month-start point the daily job stored there; at a cutoff after the person's last instant,
    that last point, decayed further (nothing happened since). One row per person, cutoff, type
    and half-life from the type's first event on; no row when the type was never done by then.
    The scores at cutoffs, the evidence features and the activity signals read it.
-#}
with cutoffs as (

    select * from {{ ref('int_calibration_cutoffs') }}

),

counts as (

    select * from {{ ref('int_behavior_decayed_counts') }}

),

last_points as (

    select
        person_id,
        max(occurred_at) as last_at
    from counts
    group by person_id

),

points_at_cutoffs as (

    -- a cutoff inside the person's span: its month-start point
    select
        counts.person_id,
        cutoffs.cutoff_at,
        cutoffs.cutoff_epoch,
        counts.activity_type,
        counts.half_life_days,
        counts.anchor_epoch,
        counts.decayed_count,
        counts.last_event_epoch
    from counts
    inner join cutoffs
        on counts.occurred_at = cutoffs.cutoff_at
    where counts.is_month_start

    union all

    -- a cutoff after the person's last instant: that last point
    select
        counts.person_id,
        cutoffs.cutoff_at,
        cutoffs.cutoff_epoch,
        counts.activity_type,
        counts.half_life_days,
        counts.anchor_epoch,
        counts.decayed_count,
        counts.last_event_epoch
    from counts
    inner join last_points
        on counts.person_id = last_points.person_id
            and counts.occurred_at = last_points.last_at
    inner join cutoffs
        on last_points.last_at < cutoffs.cutoff_at

),

final as (

    select
        person_id,
        cutoff_at,
        cutoff_epoch,
        activity_type,
        half_life_days,
        decayed_count
        * power(2.0, -(cutoff_epoch - anchor_epoch) / (86400.0 * half_life_days)) as decayed_count_at_cutoff,
        last_event_epoch
    from points_at_cutoffs

)

select * from final
