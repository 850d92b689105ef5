{#-
    Behavior score at every instant of every person, under every scoring-model version
    (spec: Behavior score, Instants). An instant is a person's activities with the same
    occurred_at, evaluated together; each person also gets one row at score_as_of
    (is_as_of_row), where their behavior has decayed to "now".

    Running-sum form, linear in the events: per version and activity type,
        w_j  = points * n_j * 2^((epoch(t_j) - anchor) / (86400 * half_life))
        s(t) = (sum of w_j over instants j <= t) * 2^(-(epoch(t) - anchor) / (86400 * half_life))
    which equals the sum of points * 0.5^(age_days / half_life) over the events up to t. One
    column per type (generated from the rules seed) carries each type's value forward, so the
    window is partitioned by person and version only. Each type's value is capped (least(cap, s)
    for positive points, greatest(-cap, s) for negative), the types are added and the sum is
    clamped to 0-100. behavior_score_before is the same over events strictly before t, decayed
    to t. Handraiser times are carried as running maxima.
-#}
{%- set types = scored_activity_types() -%}

with clock as (

    select * from {{ ref('int_scoring_clock') }}

),

{{ behavior_event_instants() }},

as_of_rows as (

    select
        {{ behavior_evaluation_row('persons.person_id', 'clock.score_as_of') }}
    from {{ ref('int_persons') }} as persons
    cross join clock

),

instants as (

    select * from event_instants
    union all
    select * from as_of_rows

),

{{ behavior_running_scores() }}

select * from behavior_scored
