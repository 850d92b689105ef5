{#-
    How often and how recently each person did each activity type, up to score_as_of: one row
    per person and activity type with the count and the latest time. dim_leads reads each
    person's last activity from it, int_lead_contributions the "3 times, last 2 days ago" of its
    sentence.
-#}

with activities as (

    select * from {{ ref('int_activities_rekeyed') }}
    where person_id is not null

),

clock as (

    select * from {{ ref('int_scoring_clock') }}

),

final as (

    select
        activities.person_id,
        activities.activity_type,
        count(*) as occurrences,
        max(activities.occurred_at) as last_at
    from activities
    cross join clock
    where activities.occurred_at <= clock.score_as_of
    group by activities.person_id, activities.activity_type

)

select * from final
