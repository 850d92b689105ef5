-- The running sums multiply by 2^((t - anchor) / (86400 * half_life)), the anchor being the
-- person's first instant. Beyond 1000 half-lives doubles overflow: DuckDB then returns wrong
-- scores silently while PostgreSQL raises. No person's span is longer than the data's (first
-- activity to the latest), so this fails the build first, naming each rule and how far the
-- data's span stretches it.
with clock as (

    select * from {{ ref('int_scoring_clock') }}

),

rules as (

    select * from {{ ref('scoring_activity_rules') }}
    where half_life_days > 0

),

stretch as (

    select
        rules.model_version,
        rules.activity_type,
        rules.half_life_days,
        (
            {{ epoch_seconds('clock.last_activity_at') }} - {{ epoch_seconds('clock.first_activity_at') }}
        ) / (86400.0 * rules.half_life_days) as half_lives_from_anchor
    from rules
    cross join clock

)

select * from stretch
where half_lives_from_anchor > 1000
