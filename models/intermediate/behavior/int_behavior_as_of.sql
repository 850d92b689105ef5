{#-
    Every person's behavior score at score_as_of under every version (spec: Behavior score, Now),
    in the columns of int_behavior_instants with is_as_of_row true. Rebuilt in full on every run,
    since score_as_of moves: one aggregation over the events up to score_as_of, each decayed
    straight to score_as_of (points * 0.5^(age_days / half_life)), summed per type, capped,
    added and clamped to 0-100. Nothing happens at score_as_of itself, so the score "before" is
    the score, and the last handraiser before is the last handraiser.
-#}
{%- set types = scored_activity_types() -%}

with clock as (

    select * from {{ ref('int_scoring_clock') }}

),

events as (

    select
        activities.person_id,
        activities.activity_type,
        {{ epoch_seconds('activities.occurred_at') }} as t_epoch
    from {{ ref('int_activities_rekeyed') }} as activities
    cross join clock
    where activities.person_id is not null
        and activities.occurred_at <= clock.score_as_of

),

rules as (

    select * from {{ ref('scoring_activity_rules') }}

),

per_type as (

    select
        events.person_id,
        rules.model_version,
        rules.activity_type,
        {{ capped(
            'sum(rules.points * power(2.0, -(clock.score_as_of_epoch - events.t_epoch) / (86400.0 * rules.half_life_days)))',
            'max(rules.points)', 'max(rules.cap)') }} as type_value,
        max(case when rules.is_handraiser then events.t_epoch end) as last_handraiser_epoch
    from events
    inner join rules
        on events.activity_type = rules.activity_type
    cross join clock
    group by events.person_id, rules.model_version, rules.activity_type

),

per_version as (

    select
        person_id,
        model_version,
        {% for activity_type in types %}
            sum(case when activity_type = '{{ activity_type }}' then type_value end) as value__{{ activity_type }},
        {% endfor %}
        max(last_handraiser_epoch) as last_handraiser_epoch
    from per_type
    group by person_id, model_version

),

{%- set values_now = [] -%}
{%- for activity_type in types -%}
    {%- do values_now.append('coalesce(per_version.value__' ~ activity_type ~ ', 0)') -%}
{%- endfor %}

scored as (

    select
        persons.person_id,
        versions.model_version,
        clock.score_as_of as occurred_at,
        clock.score_as_of_epoch as t_epoch,
        true as is_as_of_row,
        0 as activities,
        cast(null as {{ dbt.type_string() }}) as trigger_activity_id,
        cast(null as {{ dbt.type_string() }}) as trigger_activity_type,
        0 as handraisers,
        per_version.last_handraiser_epoch,
        per_version.last_handraiser_epoch as last_handraiser_before_epoch,
        {% for activity_type in types %}
            coalesce(per_version.value__{{ activity_type }}, 0) as value__{{ activity_type }},
        {% endfor %}
        {{ clamp(values_now | join(' + ') or '0') }} as behavior_score
    from {{ ref('int_persons') }} as persons
    cross join {{ ref('scoring_models') }} as versions
    cross join clock
    left join per_version
        on persons.person_id = per_version.person_id
            and versions.model_version = per_version.model_version

),

final as (

    select
        *,
        behavior_score as behavior_score_before
    from scored

)

select {{ behavior_score_columns() }} from final
