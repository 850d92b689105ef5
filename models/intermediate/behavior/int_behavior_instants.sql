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

events as (

    select
        activities.person_id,
        activities.activity_id,
        activities.activity_type,
        activities.occurred_at,
        row_number() over (
            partition by activities.person_id, activities.occurred_at
            order by activities.activity_id
        ) as order_in_instant
    from {{ ref('int_activities_rekeyed') }} as activities
    cross join clock
    where activities.person_id is not null
        and activities.occurred_at <= clock.score_as_of

),

event_instants as (

    select
        person_id,
        occurred_at,
        false as is_as_of_row,
        max(case when order_in_instant = 1 then activity_id end) as trigger_activity_id,
        max(case when order_in_instant = 1 then activity_type end) as trigger_activity_type,
        {% for activity_type in types %}
            sum(case when activity_type = '{{ activity_type }}' then 1 else 0 end) as n__{{ activity_type }},
        {% endfor %}
        count(*) as activities
    from events
    group by person_id, occurred_at

),

as_of_rows as (

    select
        persons.person_id,
        clock.score_as_of as occurred_at,
        true as is_as_of_row,
        cast(null as {{ dbt.type_string() }}) as trigger_activity_id,
        cast(null as {{ dbt.type_string() }}) as trigger_activity_type,
        {% for activity_type in types %}
            0 as n__{{ activity_type }},
        {% endfor %}
        0 as activities
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
