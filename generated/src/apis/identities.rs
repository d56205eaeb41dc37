//! Use this API to implement identity functionality.
//! With this functionality in place, administrators can synchronize an identity's attributes with its various source attributes.
//!
//! Identity Security Cloud uses identities as users' authoritative accounts. Identities can own other accounts, entitlements, and attributes.
//!
//! An identity has a variety of attributes, such as an account name, an email address, a job title, and more.
//! These identity attributes can be correlated with different attributes on different sources.
//! For example, the identity John.Smith can own an account in the GitHub source with the account name John-Smith-Org, and Identity Security Cloud knows they are the same person with the same access and attributes.
//!
//! In Identity Security Cloud, administrators often set up these synchronizations to get triggered automatically with a change or to run on a schedule.
//! To manually synchronize attributes for an identity, administrators can use the Identities drop-down menu and select Identity List to view the list of identities.
//! They can then select the identity they want to manually synchronize and use the hamburger menu to select 'Synchronize Attributes.'
//! Doing so immediately begins the attribute synchronization and analyzes all accounts for the selected identity.
//!
//! Refer to [Synchronizing Attributes](https://documentation.sailpoint.com/saas/help/provisioning/attr_sync.html) for more information about synchronizing attributes.

use crate::models;

/// The Identities operations: get them from [`Client::identities`](crate::Client::identities).
#[derive(Debug, Clone, Copy)]
pub struct IdentitiesApi<'a> {
    client: &'a crate::Client,
}

impl crate::Client {
    /// The Identities operations.
    pub fn identities(&self) -> IdentitiesApi<'_> {
        IdentitiesApi { client: self }
    }
}

impl<'a> IdentitiesApi<'a> {
    /// Attribute synchronization for single identity.
    ///
    /// This end-point performs attribute synchronization for a selected identity. The endpoint can be called once in 10 seconds per identity. A token with ORG_ADMIN or API authority is required to call this API.
    ///
    /// `POST /identities/{identityId}/synchronize-attributes` (`synchronizeAttributesForIdentity`)
    pub fn synchronize_attributes_for_identity(
        &self,
        identity_id: impl Into<String>,
    ) -> SynchronizeAttributesForIdentity<'a> {
        SynchronizeAttributesForIdentity {
            client: self.client,
            identity_id: identity_id.into(),
        }
    }

    /// Get ownership details
    ///
    /// Use this API to return an identity's owned objects that will cause problems for deleting the identity.
    /// Use this API as a checklist of objects that you need to reassign to a different identity before you can delete the identity.
    /// For a full list of objects owned by an identity, use the [Search API](https://developer.sailpoint.com/docs/api/v3/search-post/).  When you search for identities, the returned identities have a property, `owns`, that contains a more comprehensive list of identity's owned objects.
    ///
    /// `GET /identities/{identityId}/ownership` (`getIdentityOwnershipDetails`)
    pub fn get_identity_ownership_details(
        &self,
        identity_id: impl Into<String>,
    ) -> GetIdentityOwnershipDetails<'a> {
        GetIdentityOwnershipDetails {
            client: self.client,
            identity_id: identity_id.into(),
        }
    }

    /// List identities
    ///
    /// This API returns a list of identities.
    ///
    /// `GET /identities` (`listIdentities`)
    pub fn list_identities(&self) -> ListIdentities<'a> {
        ListIdentities {
            client: self.client,
            filters: None,
            sorters: None,
            default_filter: None,
            count: None,
            limit: None,
            offset: None,
        }
    }

    /// Identity details
    ///
    /// This API returns a single identity using the Identity ID.
    ///
    /// `GET /identities/{id}` (`getIdentity`)
    pub fn get_identity(&self, id: impl Into<String>) -> GetIdentity<'a> {
        GetIdentity {
            client: self.client,
            id: id.into(),
        }
    }

    /// Delete identity
    ///
    /// The API returns successful response if the requested identity was deleted.
    ///
    /// `DELETE /identities/{id}` (`deleteIdentity`)
    pub fn delete_identity(&self, id: impl Into<String>) -> DeleteIdentity<'a> {
        DeleteIdentity {
            client: self.client,
            id: id.into(),
        }
    }

    /// Invite identities to register
    ///
    /// This API submits a task for inviting given identities via email to complete registration. The invitation email will include the link. After selecting the link an identity will be able to set up password and log in into the system. Invitations expire after 7 days. By default invitations send to the work identity email. It can be changed in Admin > Identities > Identity Profiles by selecting corresponding profile and editing Invitation Options.
    ///
    /// This task will send an invitation email only for unregistered identities.
    ///
    /// The executed task status can be checked by Task Management > [Get task status by ID](https://developer.sailpoint.com/docs/api/beta/get-task-status).
    ///
    /// `POST /identities/invite` (`startIdentitiesInvite`)
    pub fn start_identities_invite(
        &self,
        invite_identities_request: models::InviteIdentitiesRequest,
    ) -> StartIdentitiesInvite<'a> {
        StartIdentitiesInvite {
            client: self.client,
            invite_identities_request,
        }
    }

    /// Send password reset email
    ///
    /// This API sends an email with the link to start Password Reset. After selecting the link an identity will be able to set up a new password. Emails expire after 2 hours.
    ///
    /// `POST /identities/{id}/verification/account/send` (`sendIdentityVerificationAccountToken`)
    pub fn send_identity_verification_account_token(
        &self,
        id: impl Into<String>,
        send_account_verification_request: models::SendAccountVerificationRequest,
    ) -> SendIdentityVerificationAccountToken<'a> {
        SendIdentityVerificationAccountToken {
            client: self.client,
            id: id.into(),
            send_account_verification_request,
        }
    }

    /// Process a list of identityids
    ///
    /// This operation should not be used to schedule your own identity processing or to perform system wide identity refreshes. The system will use a combination of [event-based processing](https://documentation.sailpoint.com/saas/help/setup/identity_processing.html?h=process#event-based-processing) and [scheduled processing](https://documentation.sailpoint.com/saas/help/setup/identity_processing.html?h=process#scheduled-processing) that runs every day at 8:00 AM and 8:00 PM in the tenant's timezone to keep your identities synchronized.
    ///
    /// This endpoint will perform the following tasks:
    /// 1. Calculate identity attributes, including applying or running any rules or transforms (e.g. calculate Lifecycle State at a point-in-time it's expected to change).
    /// 2. Evaluate role assignments, leading to assignment of new roles and removal of existing roles.
    /// 3. Enforce provisioning for any assigned accesses that haven't been fulfilled (e.g. failure due to source health).
    /// 4. Recalculate manager relationships.
    /// 5. Potentially clean-up identity processing errors, assuming the error has been resolved.
    ///
    /// A token with ORG_ADMIN or HELPDESK authority is required to call this API.
    ///
    /// `POST /identities/process` (`startIdentityProcessing`)
    pub fn start_identity_processing(
        &self,
        process_identities_request: models::ProcessIdentitiesRequest,
    ) -> StartIdentityProcessing<'a> {
        StartIdentityProcessing {
            client: self.client,
            process_identities_request,
        }
    }

    /// Reset an identity
    ///
    /// Use this endpoint to reset a user's identity if they have forgotten their authentication information like their answers to knowledge-based questions. Resetting an identity de-registers the user and removes any elevated user levels they have.
    ///
    /// `POST /identities/{identityId}/reset` (`resetIdentity`)
    pub fn reset_identity(&self, identity_id: impl Into<String>) -> ResetIdentity<'a> {
        ResetIdentity {
            client: self.client,
            identity_id: identity_id.into(),
        }
    }

    /// List role assignments
    ///
    /// This returns either a list of Role Assignments when querying with either a Role Id or Role Name, or a list of Role Assignment References if querying with only identity Id.
    ///
    /// `GET /identities/{identityId}/role-assignments` (`getRoleAssignments`)
    pub fn get_role_assignments(
        &self,
        identity_id: impl Into<String>,
    ) -> GetRoleAssignments<'a> {
        GetRoleAssignments {
            client: self.client,
            identity_id: identity_id.into(),
            role_id: None,
            role_name: None,
        }
    }

    /// Role assignment details
    ///
    /// `GET /identities/{identityId}/role-assignments/{assignmentId}` (`getRoleAssignment`)
    pub fn get_role_assignment(
        &self,
        identity_id: impl Into<String>,
        assignment_id: impl Into<String>,
    ) -> GetRoleAssignment<'a> {
        GetRoleAssignment {
            client: self.client,
            identity_id: identity_id.into(),
            assignment_id: assignment_id.into(),
        }
    }
}

/// The request of [`IdentitiesApi::synchronize_attributes_for_identity`](IdentitiesApi::synchronize_attributes_for_identity): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct SynchronizeAttributesForIdentity<'a> {
    client: &'a crate::Client,
    identity_id: String,
}

impl SynchronizeAttributesForIdentity<'_> {
    /// Sends the request: `POST /identities/{identityId}/synchronize-attributes`.
    pub async fn send(self) -> Result<models::IdentitySyncJob, crate::Error> {
        let path = [
            "/identities/",
            &crate::request::path_segment(&self.identity_id),
            "/synchronize-attributes",
        ]
            .concat();
        let mut request = self.client.request(reqwest::Method::POST, &path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self
            .client
            .execute("synchronizeAttributesForIdentity", request)
            .await?;
        crate::request::json("synchronizeAttributesForIdentity", response).await
    }
}

/// The request of [`IdentitiesApi::get_identity_ownership_details`](IdentitiesApi::get_identity_ownership_details): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetIdentityOwnershipDetails<'a> {
    client: &'a crate::Client,
    identity_id: String,
}

impl GetIdentityOwnershipDetails<'_> {
    /// Sends the request: `GET /identities/{identityId}/ownership`.
    pub async fn send(
        self,
    ) -> Result<models::IdentityOwnershipAssociationDetails, crate::Error> {
        let path = [
            "/identities/",
            &crate::request::path_segment(&self.identity_id),
            "/ownership",
        ]
            .concat();
        let mut request = self.client.request(reqwest::Method::GET, &path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self
            .client
            .execute("getIdentityOwnershipDetails", request)
            .await?;
        crate::request::json("getIdentityOwnershipDetails", response).await
    }
}

/// The request of [`IdentitiesApi::list_identities`](IdentitiesApi::list_identities): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListIdentities<'a> {
    client: &'a crate::Client,
    filters: Option<String>,
    sorters: Option<String>,
    default_filter: Option<models::ListIdentitiesDefaultFilter>,
    count: Option<bool>,
    limit: Option<i32>,
    offset: Option<i32>,
}

impl ListIdentities<'_> {
    /// Filter results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#filtering-results)
    ///
    /// Filtering is supported for the following fields and operators:
    ///
    /// **id**: *eq, in*
    ///
    /// **name**: *eq, sw*
    ///
    /// **alias**: *eq, sw*
    ///
    /// **firstname**: *eq, sw*
    ///
    /// **lastname**: *eq, sw*
    ///
    /// **email**: *eq, sw*
    ///
    /// **cloudStatus**: *eq*
    ///
    /// **processingState**: *eq*
    ///
    /// **correlated**: *eq*
    ///
    /// **protected**: *eq*
    pub fn filters(mut self, filters: impl Into<String>) -> Self {
        self.filters = Some(filters.into());
        self
    }

    /// Sort results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#sorting-results)
    ///
    /// Sorting is supported for the following fields: **name, alias, cloudStatus**
    pub fn sorters(mut self, sorters: impl Into<String>) -> Self {
        self.sorters = Some(sorters.into());
        self
    }

    /// Adds additional filter to filters query parameter.
    ///
    /// CORRELATED_ONLY adds correlated=true and returns only identities that are correlated.
    ///
    /// NONE does not add any and returns all identities that satisfy filters query parameter.
    ///
    /// The server's default: `"CORRELATED_ONLY"`.
    pub fn default_filter(
        mut self,
        default_filter: models::ListIdentitiesDefaultFilter,
    ) -> Self {
        self.default_filter = Some(default_filter);
        self
    }

    /// If *true* it will populate the *X-Total-Count* response header with the number of results that would be returned if *limit* and *offset* were ignored.
    ///
    /// Since requesting a total count can have a performance impact, it is recommended not to send **count=true** if that value will not be used.
    ///
    /// See [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters) for more information.
    ///
    /// The server's default: `false`.
    pub fn count(mut self, count: bool) -> Self {
        self.count = Some(count);
        self
    }

    /// Max number of results to return.
    /// See [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters) for more information.
    ///
    /// The server's default: `250`.
    pub fn limit(mut self, limit: i32) -> Self {
        self.limit = Some(limit);
        self
    }

    /// Offset into the full result set. Usually specified with *limit* to paginate through the results.
    /// See [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters) for more information.
    ///
    /// The server's default: `0`.
    pub fn offset(mut self, offset: i32) -> Self {
        self.offset = Some(offset);
        self
    }

    /// Sends the request: `GET /identities`.
    pub async fn send(self) -> Result<Vec<models::Identity>, crate::Error> {
        let path = "/identities";
        let mut request = self.client.request(reqwest::Method::GET, path);
        let mut query: Vec<(&str, String)> = Vec::new();
        if let Some(value) = &self.filters {
            query.push(("filters", value.clone()));
        }
        if let Some(value) = &self.sorters {
            query.push(("sorters", value.clone()));
        }
        if let Some(value) = &self.default_filter {
            query.push(("defaultFilter", value.as_str().to_owned()));
        }
        if let Some(value) = &self.count {
            query.push(("count", value.to_string()));
        }
        if let Some(value) = &self.limit {
            query.push(("limit", value.to_string()));
        }
        if let Some(value) = &self.offset {
            query.push(("offset", value.to_string()));
        }
        request = request.query(&query);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self.client.execute("listIdentities", request).await?;
        crate::request::json("listIdentities", response).await
    }
}

/// The request of [`IdentitiesApi::get_identity`](IdentitiesApi::get_identity): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetIdentity<'a> {
    client: &'a crate::Client,
    id: String,
}

impl GetIdentity<'_> {
    /// Sends the request: `GET /identities/{id}`.
    pub async fn send(self) -> Result<models::Identity, crate::Error> {
        let path = ["/identities/", &crate::request::path_segment(&self.id)].concat();
        let mut request = self.client.request(reqwest::Method::GET, &path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self.client.execute("getIdentity", request).await?;
        crate::request::json("getIdentity", response).await
    }
}

/// The request of [`IdentitiesApi::delete_identity`](IdentitiesApi::delete_identity): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteIdentity<'a> {
    client: &'a crate::Client,
    id: String,
}

impl DeleteIdentity<'_> {
    /// Sends the request: `DELETE /identities/{id}`.
    pub async fn send(self) -> Result<(), crate::Error> {
        let path = ["/identities/", &crate::request::path_segment(&self.id)].concat();
        let request = self.client.request(reqwest::Method::DELETE, &path);
        let response = self.client.execute("deleteIdentity", request).await?;
        crate::request::empty("deleteIdentity", response).await
    }
}

/// The request of [`IdentitiesApi::start_identities_invite`](IdentitiesApi::start_identities_invite): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct StartIdentitiesInvite<'a> {
    client: &'a crate::Client,
    invite_identities_request: models::InviteIdentitiesRequest,
}

impl StartIdentitiesInvite<'_> {
    /// Sends the request: `POST /identities/invite`.
    pub async fn send(self) -> Result<models::TaskStatus, crate::Error> {
        let path = "/identities/invite";
        let mut request = self.client.request(reqwest::Method::POST, path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        {
            let value = self.invite_identities_request;
            request = crate::request::with_json(
                "startIdentitiesInvite",
                request,
                "application/json",
                &value,
            )?;
        }
        let response = self.client.execute("startIdentitiesInvite", request).await?;
        crate::request::json("startIdentitiesInvite", response).await
    }
}

/// The request of [`IdentitiesApi::send_identity_verification_account_token`](IdentitiesApi::send_identity_verification_account_token): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct SendIdentityVerificationAccountToken<'a> {
    client: &'a crate::Client,
    id: String,
    send_account_verification_request: models::SendAccountVerificationRequest,
}

impl SendIdentityVerificationAccountToken<'_> {
    /// Sends the request: `POST /identities/{id}/verification/account/send`.
    pub async fn send(self) -> Result<(), crate::Error> {
        let path = [
            "/identities/",
            &crate::request::path_segment(&self.id),
            "/verification/account/send",
        ]
            .concat();
        let mut request = self.client.request(reqwest::Method::POST, &path);
        {
            let value = self.send_account_verification_request;
            request = crate::request::with_json(
                "sendIdentityVerificationAccountToken",
                request,
                "application/json",
                &value,
            )?;
        }
        let response = self
            .client
            .execute("sendIdentityVerificationAccountToken", request)
            .await?;
        crate::request::empty("sendIdentityVerificationAccountToken", response).await
    }
}

/// The request of [`IdentitiesApi::start_identity_processing`](IdentitiesApi::start_identity_processing): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct StartIdentityProcessing<'a> {
    client: &'a crate::Client,
    process_identities_request: models::ProcessIdentitiesRequest,
}

impl StartIdentityProcessing<'_> {
    /// Sends the request: `POST /identities/process`.
    pub async fn send(self) -> Result<models::TaskResultResponse, crate::Error> {
        let path = "/identities/process";
        let mut request = self.client.request(reqwest::Method::POST, path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        {
            let value = self.process_identities_request;
            request = crate::request::with_json(
                "startIdentityProcessing",
                request,
                "application/json",
                &value,
            )?;
        }
        let response = self.client.execute("startIdentityProcessing", request).await?;
        crate::request::json("startIdentityProcessing", response).await
    }
}

/// The request of [`IdentitiesApi::reset_identity`](IdentitiesApi::reset_identity): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ResetIdentity<'a> {
    client: &'a crate::Client,
    identity_id: String,
}

impl ResetIdentity<'_> {
    /// Sends the request: `POST /identities/{identityId}/reset`.
    pub async fn send(self) -> Result<(), crate::Error> {
        let path = [
            "/identities/",
            &crate::request::path_segment(&self.identity_id),
            "/reset",
        ]
            .concat();
        let request = self.client.request(reqwest::Method::POST, &path);
        let response = self.client.execute("resetIdentity", request).await?;
        crate::request::empty("resetIdentity", response).await
    }
}

/// The request of [`IdentitiesApi::get_role_assignments`](IdentitiesApi::get_role_assignments): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetRoleAssignments<'a> {
    client: &'a crate::Client,
    identity_id: String,
    role_id: Option<String>,
    role_name: Option<String>,
}

impl GetRoleAssignments<'_> {
    /// Role Id to filter the role assignments with
    pub fn role_id(mut self, role_id: impl Into<String>) -> Self {
        self.role_id = Some(role_id.into());
        self
    }

    /// Role name to filter the role assignments with
    pub fn role_name(mut self, role_name: impl Into<String>) -> Self {
        self.role_name = Some(role_name.into());
        self
    }

    /// Sends the request: `GET /identities/{identityId}/role-assignments`.
    pub async fn send(
        self,
    ) -> Result<Vec<models::GetRoleAssignments200ResponseInner>, crate::Error> {
        let path = [
            "/identities/",
            &crate::request::path_segment(&self.identity_id),
            "/role-assignments",
        ]
            .concat();
        let mut request = self.client.request(reqwest::Method::GET, &path);
        let mut query: Vec<(&str, String)> = Vec::new();
        if let Some(value) = &self.role_id {
            query.push(("roleId", value.clone()));
        }
        if let Some(value) = &self.role_name {
            query.push(("roleName", value.clone()));
        }
        request = request.query(&query);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self.client.execute("getRoleAssignments", request).await?;
        crate::request::json("getRoleAssignments", response).await
    }
}

/// The request of [`IdentitiesApi::get_role_assignment`](IdentitiesApi::get_role_assignment): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetRoleAssignment<'a> {
    client: &'a crate::Client,
    identity_id: String,
    assignment_id: String,
}

impl GetRoleAssignment<'_> {
    /// Sends the request: `GET /identities/{identityId}/role-assignments/{assignmentId}`.
    pub async fn send(self) -> Result<models::RoleAssignmentDto, crate::Error> {
        let path = [
            "/identities/",
            &crate::request::path_segment(&self.identity_id),
            "/role-assignments/",
            &crate::request::path_segment(&self.assignment_id),
        ]
            .concat();
        let mut request = self.client.request(reqwest::Method::GET, &path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self.client.execute("getRoleAssignment", request).await?;
        crate::request::json("getRoleAssignment", response).await
    }
}
