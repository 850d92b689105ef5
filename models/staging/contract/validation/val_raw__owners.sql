{#-
    Every raw owner (optional table: absent reads as no rows), parsed and validated. The team,
    manager and time zone are kept as given (trimmed); an owner delivered twice keeps one row.
-#}
with source as (

    select * from {{ ref('map_' ~ crm_source() ~ '__owners') }}

),

parsed as (

    select
        {{ raw_row_columns('owners') }},
        {{ clean_text('owner_id') }} as owner_id,
        {{ clean_text('team') }} as team,
        {{ clean_text('manager_id') }} as manager_id,
        {{ clean_text('time_zone') }} as time_zone
    from source

),

validated as (

    select
        *,
        case
            when owner_id is null then 'missing_owner_id'
        end as validation_error
    from parsed

),

final as (

    select
        *,
        {{ raw_row_id() }} as raw_row_id,
        {{ rejection_reason('owner_id') }} as rejection_reason
    from validated

)

select * from final
