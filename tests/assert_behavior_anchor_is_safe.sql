-- The running sums multiply by 2^((t - anchor) / (86400 * half_life)). Beyond 1000 half-lives
-- doubles overflow: DuckDB then returns wrong scores silently while PostgreSQL raises. This
-- fails the build first, naming each rule and how far the data's span stretches it.
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
        greatest(
            abs({{ epoch_seconds('clock.first_activity_at') }} - clock.anchor_epoch),
            abs(clock.score_as_of_epoch - clock.anchor_epoch)
        ) / (86400.0 * rules.half_life_days) as half_lives_from_anchor
    from rules
    cross join clock

)

select * from stretch
where half_lives_from_anchor > 1000
