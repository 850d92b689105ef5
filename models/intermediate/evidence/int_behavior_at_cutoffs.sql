{#-
    Behavior score of every person at every calibration cutoff, under every version (spec:
    Calibration: as of the cutoff, nothing after it). The same running sums as
    int_behavior_instants, evaluated at one row per person and cutoff: the events at or before the
    cutoff count, decayed to it; later events sort after the cutoff row and never reach it. A
    person enters at the cutoffs after their first record was created.
-#}
with clock as (

    select * from {{ ref('int_scoring_clock') }}

),

{{ behavior_event_instants() }},

cutoff_rows as (

    select
        {{ behavior_evaluation_row('persons.person_id', 'cutoffs.cutoff_at') }}
    from {{ ref('int_persons') }} as persons
    inner join {{ ref('int_calibration_cutoffs') }} as cutoffs
        on persons.first_created_at <= cutoffs.cutoff_at

),

instants as (

    select * from event_instants
    union all
    select * from cutoff_rows

),

{{ behavior_running_scores() }},

final as (

    select
        person_id,
        model_version,
        occurred_at as cutoff_at,
        behavior_score
    from behavior_scored
    where is_as_of_row

)

select * from final
