with base as (

    select * from {{ ref('val_raw__leads') }}

),

final as (

    select
        lead_id,
        email,
        {{ regex_extract('email', '@(.+)$') }} as email_domain,
        first_name,
        last_name,
        job_title,
        job_title_normalized,
        company_name,
        company_domain,
        crm_account_id,
        country,
        lead_source,
        owner_id,
        lead_status,
        status_reason,
        created_at,
        updated_at,
        is_deleted,
        merged_into_lead_id
    from base
    where rejection_reason is null

)

select * from final
