{#-
    One row per surviving person (definitions: Identity), with the survivor record's own attributes,
    the email domain typed (business, personal, competitor, missing) and the title made ready
    for the title rules. How many records were folded into the person is kept for reconciliation.
-#}
with leads as (

    select * from {{ ref('stg_raw__leads') }}

),

resolved as (

    select * from {{ ref('int_leads_resolved') }}

),

free_email_domains as (

    select lower(domain) as domain from {{ ref('free_email_domains') }}

),

competitor_domains as (

    select lower(domain) as domain from {{ ref('competitor_domains') }}

),

folded as (

    select
        resolved.person_id,
        count(*) as lead_records,
        min(leads.created_at) as first_created_at
    from resolved
    inner join leads
        on resolved.lead_id = leads.lead_id
    where resolved.person_id is not null
    group by resolved.person_id

),

final as (

    select
        leads.lead_id as person_id,
        leads.email,
        leads.email_domain,
        case
            when leads.email is null then 'missing'
            when competitor_email.domain is not null or competitor_company.domain is not null then 'competitor'
            when free_email_domains.domain is not null then 'personal'
            else 'business'
        end as email_type,
        leads.first_name,
        leads.last_name,
        leads.job_title,
        {{ normalize_title('leads.job_title') }} as title_words,
        leads.company_name,
        leads.company_domain,
        leads.crm_account_id,
        leads.country,
        leads.lead_source,
        leads.owner_id,
        leads.lead_status,
        leads.status_reason,
        leads.created_at,
        folded.first_created_at,
        leads.updated_at,
        folded.lead_records
    from leads
    inner join folded
        on leads.lead_id = folded.person_id
    left join free_email_domains
        on leads.email_domain = free_email_domains.domain
    left join competitor_domains as competitor_email
        on leads.email_domain = competitor_email.domain
    left join competitor_domains as competitor_company
        on leads.company_domain = competitor_company.domain

)

select * from final
