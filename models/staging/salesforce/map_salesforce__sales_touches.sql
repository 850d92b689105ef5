{#-
    Closed Salesforce tasks owned by sales users (map_salesforce__sales_users) as sales touches
    in the raw contract's shape: calls, emails, LinkedIn (social) and texts (sms) by the task's
    subtype or type, everything else 'other'. A task whose subject matches one of var
    salesforce_automated_task_patterns (lower-case LIKE patterns: sequence and cadence steps,
    mass email) is automated. touched_at is the completion time, else the creation time. Open
    and deleted tasks, and tasks of other users, are not touches.
-#}
with tasks as (

    select * from {{ ref('src_salesforce__task') }}

),

sales_users as (

    select user_id from {{ ref('map_salesforce__sales_users') }}
    where is_sales_user

),

typed as (

    select
        tasks.*,
        lower(coalesce(tasks.task_subtype, tasks.type, '')) as kind
    from tasks
    inner join sales_users
        on tasks.owner_id = sales_users.user_id
    where
        coalesce({{ parse_boolean('tasks.is_closed') }}, false)
        and not coalesce({{ parse_boolean('tasks.is_deleted') }}, false)

),

final as (

    select
        id as touch_id,
        who_id as lead_id,
        owner_id as rep_id,
        case
            when kind = 'call' then 'call'
            when kind in ('email', 'listemail') then 'email'
            when kind = 'linkedin' then 'social'
            when kind in ('sms', 'text') then 'sms'
            else 'other'
        end as touch_type,
        case
            when
                {%- for pattern in var('salesforce_automated_task_patterns') %}
                    lower(coalesce(subject, '')) like '{{ pattern | lower }}'{% if not loop.last %} or{% endif %}
                {%- endfor %}
                then 'true'
            else 'false'
        end as is_automated,
        coalesce(completed_date_time, created_date) as touched_at
    from typed

)

select {{ raw_contract_as_text('sales_touches') }}
from final
