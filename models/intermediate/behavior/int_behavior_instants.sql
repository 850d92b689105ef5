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

versions as (

    select model_version from {{ ref('scoring_models') }}

),

rules_wide as (

    select
        versions.model_version,
        {% for activity_type in types %}
            max(case when rules.activity_type = '{{ activity_type }}' then rules.points end)
                as points__{{ activity_type }},
            max(case when rules.activity_type = '{{ activity_type }}' then rules.half_life_days end)
                as half_life__{{ activity_type }},
            max(case when rules.activity_type = '{{ activity_type }}' then rules.cap end)
                as cap__{{ activity_type }},
            max(case when rules.activity_type = '{{ activity_type }}' and rules.is_handraiser then 1 else 0 end)
                as handraiser__{{ activity_type }},
        {% endfor %}
        count(rules.activity_type) as rules_in_version
    from versions
    left join {{ ref('scoring_activity_rules') }} as rules
        on versions.model_version = rules.model_version
    group by versions.model_version

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

weighted as (

    select
        instants.*,
        rules_wide.model_version,
        {{ epoch_seconds('instants.occurred_at') }} as t_epoch,
        clock.anchor_epoch,
        {% for activity_type in types %}
            coalesce(
                instants.n__{{ activity_type }} * rules_wide.points__{{ activity_type }}
                * power(
                    2.0,
                    ({{ epoch_seconds('instants.occurred_at') }} - clock.anchor_epoch)
                    / (86400.0 * rules_wide.half_life__{{ activity_type }})
                ),
                0
            ) as w__{{ activity_type }},
        {% endfor %}
        {% for activity_type in types %}
            rules_wide.points__{{ activity_type }},
            rules_wide.half_life__{{ activity_type }},
            rules_wide.cap__{{ activity_type }},
        {% endfor %}
        {%- set handraiser_terms = [] -%}
        {%- for activity_type in types -%}
            {%- do handraiser_terms.append(
                'instants.n__' ~ activity_type ~ ' * rules_wide.handraiser__' ~ activity_type) -%}
        {%- endfor %}
        {{ handraiser_terms | join(' + ') or '0' }} as handraisers
    from instants
    cross join rules_wide
    cross join clock

),

running as (

    select
        *,
        {% for activity_type in types %}
            sum(w__{{ activity_type }}) over running_window as running__{{ activity_type }},
        {% endfor %}
        max(case when handraisers > 0 then t_epoch end) over running_window as last_handraiser_epoch,
        max(case when handraisers > 0 then t_epoch end) over (
            partition by person_id, model_version
            order by occurred_at, is_as_of_row
            rows between unbounded preceding and 1 preceding
        ) as last_handraiser_before_epoch
    from weighted
    window running_window as (
        partition by person_id, model_version
        order by occurred_at, is_as_of_row
        rows between unbounded preceding and current row
    )

),

decayed as (

    select
        *,
        {% for activity_type in types %}
            {%- set decay = "power(2.0, -(t_epoch - anchor_epoch) / (86400.0 * half_life__" ~ activity_type ~ "))" %}
            {{ capped_type_value("coalesce(running__" ~ activity_type ~ " * " ~ decay ~ ", 0)", activity_type) }}
                as value__{{ activity_type }},
            {{ capped_type_value(
                "coalesce((running__" ~ activity_type ~ " - w__" ~ activity_type ~ ") * " ~ decay ~ ", 0)",
                activity_type) }}
                as value_before__{{ activity_type }},
        {% endfor %}
        t_epoch - anchor_epoch as seconds_from_anchor
    from running

),

final as (

    {%- set values_now = [] -%}
    {%- set values_before = [] -%}
    {%- for activity_type in types -%}
        {%- do values_now.append('value__' ~ activity_type) -%}
        {%- do values_before.append('value_before__' ~ activity_type) -%}
    {%- endfor %}

    select
        person_id,
        model_version,
        occurred_at,
        t_epoch,
        is_as_of_row,
        activities,
        trigger_activity_id,
        trigger_activity_type,
        handraisers,
        last_handraiser_epoch,
        last_handraiser_before_epoch,
        {% for activity_type in types %}
            value__{{ activity_type }},
        {% endfor %}
        {{ clamp(values_now | join(' + ') or '0') }} as behavior_score,
        {{ clamp(values_before | join(' + ') or '0') }} as behavior_score_before
    from decayed

)

select * from final
