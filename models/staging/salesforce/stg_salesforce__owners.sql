{#-
    Salesforce users in the raw contract's owners shape (text), read by base_raw__owners. The team
    is the user's role name, else the department; the manager and the time zone are
    User.ManagerId and User.TimeZoneSidKey (an IANA name). An org that does not sync users gives
    no rows.
-#}
with users as (

    {{ crm_table('salesforce', 'user', ['id', 'department', 'manager_id', 'time_zone_sid_key', 'user_role_id']) }}

),

roles as (

    {{ crm_table('salesforce', 'user_role', ['id', 'name']) }}

),

final as (

    select
        users.id as owner_id,
        coalesce({{ clean_text('roles.name') }}, {{ clean_text('users.department') }}) as team,
        users.manager_id,
        users.time_zone_sid_key as time_zone
    from users
    left join roles
        on users.user_role_id = roles.id

)

select {{ raw_contract_as_text('owners') }}
from final
