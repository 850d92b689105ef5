{#-
    The behavior part of dim_leads' `why`, one row per person with a current contribution: the
    largest current contributions (at least one point, largest first, at most three) in plain
    words with how often and how recently ("requested a demo 2 times, last 3 days ago, viewed
    pricing today"), under the active version in effect at score_as_of (definitions: Why).
-#}

with current_scores as (

    select * from {{ ref('int_qualification_instants') }}
    where series = 'production' and is_as_of_row

),

values_now as (

    select * from {{ ref('int_behavior_type_values_as_of') }}

),

recency as (

    select * from {{ ref('int_person_activity_recency') }}

),

activity_types as (

    select * from {{ ref('activity_types') }}

),

clock as (

    select * from {{ ref('int_scoring_clock') }}

),

current_contributions as (

    -- the current value of each activity type that adds at least one point
    select
        current_scores.person_id,
        values_now.activity_type,
        values_now.type_value as contribution
    from current_scores
    inner join values_now
        on current_scores.person_id = values_now.person_id
            and current_scores.model_version = values_now.model_version
    where {{ contribution_is_shown('values_now.type_value') }}

),

ranked as (

    select
        current_contributions.person_id,
        activity_types.phrase
        || case when recency.occurrences > 1
                then ' ' || cast(recency.occurrences as {{ dbt.type_string() }}) || ' times, last'
            else ''
        end
        || case floor((clock.score_as_of_epoch - {{ epoch_seconds('recency.last_at') }}) / 86400)
            when 0 then ' today'
            when 1 then ' 1 day ago'
            else ' ' || cast(cast(floor(
                    (clock.score_as_of_epoch - {{ epoch_seconds('recency.last_at') }}) / 86400
                )
                as {{ dbt.type_bigint() }}) as {{ dbt.type_string() }}) || ' days ago'
        end as phrase,
        row_number() over (
            partition by current_contributions.person_id
            order by current_contributions.contribution desc, current_contributions.activity_type asc
        ) as phrase_rank
    from current_contributions
    cross join clock
    inner join recency
        on current_contributions.person_id = recency.person_id
            and current_contributions.activity_type = recency.activity_type
    inner join activity_types
        on current_contributions.activity_type = activity_types.activity_type

),

final as (

    select
        person_id,
        {{ ordered_list('phrase', 'phrase_rank') }} as recency
    from ranked
    where phrase_rank <= 3
    group by person_id

)

select * from final
