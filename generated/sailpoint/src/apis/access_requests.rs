//! The Access Requests API.

use crate::models;

/// The Access Requests operations: get them from [`Client::access_requests`](crate::Client::access_requests).
#[derive(Debug, Clone, Copy)]
pub struct AccessRequestsApi<'a> {
    client: &'a crate::Client,
}

impl crate::Client {
    /// The Access Requests operations.
    #[inline]
    pub fn access_requests(&self) -> AccessRequestsApi<'_> {
        AccessRequestsApi { client: self }
    }
}

impl<'a> AccessRequestsApi<'a> {
    /// Get access request configuration
    ///
    /// This endpoint returns the current access-request configuration.
    ///
    /// To manage approval configurations, use the [Put approval config](https://developer.sailpoint.com/docs/api/put-approvals-config-v-1/) endpoint.
    ///
    /// `GET /access-request-config/v1` (`getAccessRequestConfigV1`)
    #[deprecated(note = "deprecated in the spec")]
    #[inline]
    pub fn get_access_request_config_v1(&self) -> GetAccessRequestConfigV1 {
        GetAccessRequestConfigV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
        }
    }

    /// Update access request configuration
    ///
    /// This endpoint replaces the current access-request configuration.
    ///
    /// To manage approval configurations, use the [Put approval config](https://developer.sailpoint.com/docs/api/put-approvals-config-v-1/) endpoint.
    ///
    /// `PUT /access-request-config/v1` (`setAccessRequestConfigV1`)
    #[deprecated(note = "deprecated in the spec")]
    #[inline]
    pub fn set_access_request_config_v1(
        &self,
        accessrequestconfig: models::Accessrequestconfig,
    ) -> SetAccessRequestConfigV1 {
        SetAccessRequestConfigV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            accessrequestconfig,
        }
    }

    /// Get access request configuration
    ///
    /// This endpoint returns the current access-request configuration.
    ///
    /// To manage approval configurations, use the [Put approval config](https://developer.sailpoint.com/docs/api/put-approvals-config-v-1/) endpoint.
    ///
    /// `GET /access-request-config/v2` (`getAccessRequestConfigV2`)
    #[inline]
    pub fn get_access_request_config_v2(&self) -> GetAccessRequestConfigV2 {
        GetAccessRequestConfigV2 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
        }
    }

    /// Update access request configuration
    ///
    /// This endpoint replaces the current access-request configuration.
    ///
    /// To manage approval configurations, use the [Put approval config](https://developer.sailpoint.com/docs/api/put-approvals-config-v-1/) endpoint.
    ///
    /// `PUT /access-request-config/v2` (`setAccessRequestConfigV2`)
    #[inline]
    pub fn set_access_request_config_v2(
        &self,
        accessrequestconfigv2: models::Accessrequestconfigv2,
    ) -> SetAccessRequestConfigV2 {
        SetAccessRequestConfigV2 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            accessrequestconfigv2,
        }
    }

    /// Submit access request
    ///
    /// Use this API to submit an access request in Identity Security Cloud (ISC), where it follows any ISC approval processes.
    ///
    /// >**Security:** idn:access-request:manage is for ORG_ADMIN level. idn:access-request-self:manage is for USER level.
    ///
    /// :::info
    /// The ability to request access using this API is constrained by the Access Request Segments defined in the API token's user context.
    /// :::
    ///
    /// Access requests are processed asynchronously by ISC. A successful response from this endpoint means that the request
    /// has been submitted to ISC and is queued for processing. Because this endpoint is asynchronous, it does not return an error
    /// if you submit duplicate access requests in quick succession or submit an access request for access that is already in progress, approved, or rejected.
    ///
    /// It is best practice to check for any existing access requests that reference the same access items before submitting a new access request. This can
    /// be accomplished by using the [List Access Request Status](https://developer.sailpoint.com/docs/api/list-access-request-status-v-1) or the [Pending Access Request Approvals](https://developer.sailpoint.com/docs/api/list-pending-approvals-v-1) APIs. You can also
    /// use the [Search API](https://developer.sailpoint.com/docs/api/search) to check the existing access items an identity has before submitting
    /// an access request to ensure that you aren't requesting access that is already granted. If you use this API to request access that an identity already has,
    /// without changing the account details or end date information from the existing assignment,
    /// the API will cancel the request as a duplicate.
    ///
    /// There are two types of access request:
    ///
    /// __GRANT_ACCESS__
    /// * Can be requested for multiple identities in a single request.
    /// * Supports self request and request on behalf of other users. Refer to the [Get Access Request Configuration](https://developer.sailpoint.com/docs/api/get-access-request-config-v-2) endpoint for request configuration options.
    /// * Allows any authenticated token (except API) to call this endpoint to request to grant access to themselves. Depending on the configuration, a user can request access for others.
    /// * Roles, access profiles and entitlements can be requested.
    /// * You can specify a `startDate` to set or alter a sunrise date-time on an assignment. The startDate must be a future date-time, in the UTC timezone. Additionally, if the user already has the access assigned with a sunrise date and its yet to be provisioned, you can also submit a request without a `startDate` to request immediate provisioning after approval.
    /// * If a `startDate` is specified, then the requested role, access profile, or entitlement will be provisioned on that date and time.
    /// * You can specify a `removeDate` to set or alter a sunset date-time on an assignment. The removeDate must be a future date-time, in the UTC timezone. Additionally, if the user already has the access assigned with a sunset date, you can also submit a request without a `removeDate` to request removal of the sunset date and time.
    /// * If a `removeDate` is specified, then the requested role, access profile, or entitlement will be removed on that date and time.
    /// * Now supports an alternate field 'requestedForWithRequestedItems' for users to specify account selections while requesting items where they have more than one account on the source.
    ///
    /// __MACHINE IDENTITY ACCESS REQUESTS__
    /// * Machine identity access requests reuse this same endpoint. They must use `requestedForWithRequestedItems` with `identityType: MACHINE` on each entry. Do not use the flat `requestedFor` / `requestedItems` shape for machines. Mixed human and machine identities in one request are not supported.
    /// * Request `identityType` uses `HUMAN` / `MACHINE`. List, status, and approval responses use `IDENTITY` / `MACHINE_IDENTITY` on `requestedFor.type` for the same distinction.
    ///
    /// Prerequisites and authorization:
    /// * The organization must have Machine Identity Security licensed; otherwise the request is rejected with 403.
    /// * Access request config v2 `machineIdentityAccessRequestEnabled` must be true (default true); otherwise 403.
    /// * Request-on-behalf-of for machines is controlled by `allowRequestOnBehalfOfForMachineIdentity` and `allowRequestForMachineByOwner` on the access request configuration. See those schema fields for the authorization cascade (open ROBO, owner/admin ROBO, then admin-only fallback).
    ///
    /// Constraints for machine requests:
    /// * Only `ENTITLEMENT` items are supported (roles and access profiles are rejected).
    /// * GRANT_ACCESS and MODIFY_ACCESS requests require `accountSelection` to be provided with `accountUuid` and/or `nativeIdentity`  that match a real machine account for that machine identity on the selected source. Prefer values returned by the accounts-selection API.
    /// * MODIFY_ACCESS requests additionally require each item to have `startDate` and/or `removeDate` to denote date modifications.
    /// * REVOKE_ACCESS must target exactly one machine identity. Per entitlement item, provide `nativeIdentity` (or it may be auto-resolved when the machine has exactly one account on the entitlement source). Do not send `accountSelection` on machine revoke.
    /// * Multi-machine GRANT_ACCESS is allowed within existing recipient limits; multi-machine REVOKE_ACCESS is not.
    ///
    /// __FORMS IN ACCESS REQUESTS__
    /// * Forms apply to human GRANT_ACCESS requests for roles, access profiles, and entitlements. Forms are not used for REVOKE_ACCESS.
    /// * Roles, access profiles, and entitlements can optionally reference a `formDefinitionId` in their request configuration. When configured, the requester completes that form and includes the resulting `formInstanceId` on each affected GRANT_ACCESS line item when submitting the access request.
    /// * Provide `formInstanceId` on each GRANT_ACCESS line item in `requestedItems` (flat payload) or in `requestedForWithRequestedItems.requestedItems` (nested payload). An empty `formInstanceId` on a GRANT_ACCESS line item is rejected with HTTP 400.
    /// * When a configured form is required, a missing `formInstanceId`, a submitted form whose definition does not match the configured `formDefinitionId`, or form instance data that could not be read may fail the request during asynchronous processing even when this endpoint returns success.
    /// * Reusing the same `formInstanceId` for the same requested object across multiple recipients is supported.
    /// * Completed form answers are returned on access request status, administration, and approval responses in the `form` object on each item. Access request pre-approval and dynamic approver trigger inputs may include `form` on each entry in `requestedItems`. The post-approval trigger includes `form` on each entry in `requestedItemsStatus`.
    ///
    /// :::caution
    ///
    /// If any entitlements are being requested, then the maximum number of entitlements that can be requested is 25, and the maximum number of identities that can be requested for is 10. If you exceed these limits, the request will fail with a 400 error. If you are not requesting any entitlements, then there are no limits.
    ///
    /// :::
    ///
    /// __REVOKE_ACCESS__
    /// * Can only be requested for a single identity at a time.
    /// * You cannot use an access request to revoke access from an identity if that access has been granted by role membership or by birthright provisioning.
    /// * Does not support self request. Only manager can request to revoke access for their directly managed employees.
    /// * If a `removeDate` is specified, then the requested role, access profile, or entitlement will be removed on that date and time.
    /// * Roles, access profiles, and entitlements can be requested for revocation.
    /// * Revoke requests for entitlements are limited to 1 entitlement per access request currently.
    /// * You cannot specify a 'startDate' in a REVOKE_ACCESS request, as startDate is only applicable for GRANT_ACCESS requests to indicate when the access should be provisioned, and it does not make sense in the context of revoking access.
    /// * You can specify a `removeDate` to add or alter a sunset date and time on an assignment. The `removeDate` must be a future date-time, in the UTC timezone. If the user already has the access assigned with a sunset date and time, the removeDate must be a date-time earlier than the existing sunset date and time.
    /// * Allows a manager to request to revoke access for direct employees. A user with ORG_ADMIN authority can also request to revoke access from anyone.
    /// * Now supports REVOKE_ACCESS requests for identities with multiple accounts on a single source, with the help of 'assignmentId' and 'nativeIdentity' fields. These fields should be used within the 'requestedItems' section for the revoke requests.
    /// * For human identities, usage of 'requestedForWithRequestedItems' is not supported for revoke requests. Machine identity revoke requests must use 'requestedForWithRequestedItems' with `identityType: MACHINE` as described above.
    ///
    /// `POST /access-requests/v1` (`createAccessRequestV1`)
    #[inline]
    pub fn create_access_request_v1(
        &self,
        accessrequest: models::Accessrequest,
    ) -> CreateAccessRequestV1 {
        CreateAccessRequestV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            accessrequest,
        }
    }

    /// Cancel access request
    ///
    /// This API endpoint cancels a pending access request. An access request can be cancelled only if it has not passed the approval step.
    /// In addition to users with ORG_ADMIN, any user who originally submitted the access request may cancel it.
    ///
    /// `POST /access-requests/v1/cancel` (`cancelAccessRequestV1`)
    #[inline]
    pub fn cancel_access_request_v1(
        &self,
        cancelaccessrequest: models::Cancelaccessrequest,
    ) -> CancelAccessRequestV1 {
        CancelAccessRequestV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            cancelaccessrequest,
        }
    }

    /// Close access request
    ///
    /// This endpoint closes access requests that are stuck in a pending state. It can be used throughout a request's lifecycle even after the approval state, unlike the [Cancel Access Request endpoint](https://developer.sailpoint.com/docs/api/cancel-access-request-v-1).
    ///
    /// To find pending access requests with the UI, navigate to Search and use this query: status: Pending AND "Access Request". Use the Column Chooser to select 'Tracking Number', and use the 'Download' button to export a CSV containing the tracking numbers.
    ///
    /// To find pending access requests with the API, use the [List Account Activities endpoint](https://developer.sailpoint.com/docs/api/list-account-activities-v-1).
    ///
    /// Input the IDs from either source.
    ///
    /// To track the status of endpoint requests, navigate to Search and use this query: name:"Close Identity Requests". Search will include "Close Identity Requests Started" audits when requests are initiated and "Close Identity Requests Completed" audits when requests are completed. The completion audit will list the identity request IDs that finished in error.
    ///
    /// This API triggers the [Provisioning Completed event trigger](https://developer.sailpoint.com/docs/extensibility/event-triggers/triggers/provisioning-completed/) for each access request that is closed.
    ///
    /// `POST /access-requests/v1/close` (`closeAccessRequestV1`)
    #[inline]
    pub fn close_access_request_v1(
        &self,
        closeaccessrequest: models::Closeaccessrequest,
    ) -> CloseAccessRequestV1 {
        CloseAccessRequestV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            closeaccessrequest,
        }
    }

    /// Bulk cancel access request
    ///
    /// This API endpoint allows cancelling pending access requests in bulk. Maximum of 50 access request ids can be  provided in the request for one single invocation.
    /// Only ORG_ADMIN or users with rights "idn:access-request-administration:write" can cancel the access requests in  bulk.
    ///
    /// `POST /access-requests/v1/bulk-cancel` (`cancelAccessRequestInBulkV1`)
    #[inline]
    pub fn cancel_access_request_in_bulk_v1(
        &self,
        bulkcancelaccessrequest: models::Bulkcancelaccessrequest,
    ) -> CancelAccessRequestInBulkV1 {
        CancelAccessRequestInBulkV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            bulkcancelaccessrequest,
        }
    }

    /// Get accounts selections for identity
    ///
    /// Use this API to fetch account information for an identity against the items in an access request.
    ///
    /// Used to fetch accountSelection for the AccessRequest prior to submitting for async processing.
    ///
    /// __Machine identities__
    ///
    /// * Must use `requestedForWithRequestedItems` with `identityType: MACHINE` on each entry.
    ///
    /// * Fields `requestedFor` / `requestedItems` are not supported and should be omitted.
    ///
    /// * Only `ENTITLEMENT` items are supported.
    ///
    /// * Mixed human and machine identities in one request are not supported.
    ///
    /// * Response identities use `type: MACHINE_IDENTITY`. Use the returned account `accountUuid` / `nativeIdentity`
    ///   values when submitting the access request; invalid or mismatched account details are rejected on create.
    ///
    /// * If the machine has no account on a requested source, the item may be returned with
    ///   `accountsSelectionBlocked: true` and `accountsSelectionBlockedReason: NO_ACCOUNT_ON_SOURCE` (empty accounts on the
    ///   response in that blocked case is expected).
    ///
    /// * Same licensing, `machineIdentityAccessRequestEnabled`, and request-on-behalf-of rules as create access request
    ///   apply.
    ///
    /// `POST /access-requests/v1/accounts-selection` (`loadAccountSelectionsV1`)
    #[inline]
    pub fn load_account_selections_v1(
        &self,
        accountsselectionrequest: models::Accountsselectionrequest,
    ) -> LoadAccountSelectionsV1 {
        LoadAccountSelectionsV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            accountsselectionrequest,
        }
    }

    /// Access request status
    ///
    /// Use this API to return a list of access request statuses based on the specified query parameters.
    /// If an access request was made for access that an identity already has, the API ignores the access request.  These ignored requests do not display in the list of access request statuses.
    /// Any user with any user level can get the status of their own access requests. A user with ORG_ADMIN is required to call this API to get a list of statuses for other users. For access requests for machines, each status item will include `identityType` as `MACHINE` and `requestedFor` with `type: MACHINE_IDENTITY` and the machine id. Requests without a stored identity type are returned as `HUMAN` / `IDENTITY`.
    /// When a requested object has an associated form, each status item may include a `form` object with the form definition ID, instance ID, and answers (`formData`).
    ///
    /// `GET /access-request-status/v1` (`listAccessRequestStatusV1`)
    #[inline]
    pub fn list_access_request_status_v1(&self) -> ListAccessRequestStatusV1 {
        ListAccessRequestStatusV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            requested_for: None,
            requested_by: None,
            regarding_identity: None,
            assigned_to: None,
            count: None,
            limit: None,
            offset: None,
            filters: None,
            sorters: None,
            request_state: None,
            listing: crate::pagination::Listing::default(),
        }
    }

    /// Access request status for administrators
    ///
    /// Use this API to get access request statuses of all the access requests in the org based on the specified query  parameters.
    /// Any user with user level ORG_ADMIN or scope idn:access-request-administration:read can access this endpoint to get  the  access request statuses
    /// When a requested object has an associated form, each status item may include a `form` object with the form definition ID, instance ID, and answers (`formData`).
    ///
    /// `GET /access-request-administration/v1` (`listAdministratorsAccessRequestStatusV1`)
    #[inline]
    pub fn list_administrators_access_request_status_v1(
        &self,
    ) -> ListAdministratorsAccessRequestStatusV1 {
        ListAdministratorsAccessRequestStatusV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            requested_for: None,
            requested_by: None,
            regarding_identity: None,
            assigned_to: None,
            count: None,
            limit: None,
            offset: None,
            filters: None,
            sorters: None,
            request_state: None,
            listing: crate::pagination::Listing::default(),
        }
    }

    /// Bulk approve access request
    ///
    /// This API endpoint allows approving pending access requests in bulk. Maximum of 50 approval ids can be  provided in the request for one single invocation.  ORG_ADMIN or users with rights "idn:access-request-administration:write" can approve the access requests in bulk.
    ///
    /// `POST /access-request-approvals/v1/bulk-approve` (`approveBulkAccessRequestV1`)
    #[inline]
    pub fn approve_bulk_access_request_v1(
        &self,
        bulkapproveaccessrequest: models::Bulkapproveaccessrequest,
    ) -> ApproveBulkAccessRequestV1 {
        ApproveBulkAccessRequestV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            bulkapproveaccessrequest,
        }
    }

    /// Identity entitlement details
    ///
    /// Use this API to return the details for a entitlement on an identity including specific data relating to remove date and the ability to revoke the identity.
    ///
    /// `GET /revocable-objects/v1` (`getEntitlementDetailsForIdentityV1`)
    #[inline]
    pub fn get_entitlement_details_for_identity_v1(
        &self,
    ) -> GetEntitlementDetailsForIdentityV1 {
        GetEntitlementDetailsForIdentityV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
        }
    }
}

/// The error statuses of [`AccessRequestsApi::get_access_request_config_v1`](AccessRequestsApi::get_access_request_config_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type GetAccessRequestConfigV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`AccessRequestsApi::get_access_request_config_v1`](AccessRequestsApi::get_access_request_config_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetAccessRequestConfigV1 {
    client: crate::Client,
    options: crate::request::Options,
}

impl GetAccessRequestConfigV1 {
    /// Each attempt's timeout, in place of the configured one.
    #[inline]
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options.timeout = Some(timeout);
        self
    }

    /// How long all attempts and the waits between them may take: past it, the call fails
    /// with [`Error::Timeout`](crate::Error::Timeout).
    #[inline]
    pub fn deadline(mut self, deadline: std::time::Duration) -> Self {
        self.options.deadline = Some(deadline);
        self
    }

    /// Sends the request: `GET /access-request-config/v1`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Accessrequestconfig,
            crate::SdkError<GetAccessRequestConfigV1Error>,
        >,
    > {
        crate::request::body(self.send_with_metadata())
    }

    /// Sends the request, as [`send`](Self::send), and returns the response's status and headers
    /// with its body.
    #[inline]
    pub fn send_with_metadata(
        self,
    ) -> impl Future<
        Output = Result<
            crate::Response<models::Accessrequestconfig>,
            crate::SdkError<GetAccessRequestConfigV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getAccessRequestConfigV1",
            self.options,
            move |client| {
                let path = "/access-request-config/v1";
                let mut request = client.request(reqwest::Method::GET, path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`AccessRequestsApi::set_access_request_config_v1`](AccessRequestsApi::set_access_request_config_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type SetAccessRequestConfigV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`AccessRequestsApi::set_access_request_config_v1`](AccessRequestsApi::set_access_request_config_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct SetAccessRequestConfigV1 {
    client: crate::Client,
    options: crate::request::Options,
    accessrequestconfig: models::Accessrequestconfig,
}

impl SetAccessRequestConfigV1 {
    /// Each attempt's timeout, in place of the configured one.
    #[inline]
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options.timeout = Some(timeout);
        self
    }

    /// How long all attempts and the waits between them may take: past it, the call fails
    /// with [`Error::Timeout`](crate::Error::Timeout).
    #[inline]
    pub fn deadline(mut self, deadline: std::time::Duration) -> Self {
        self.options.deadline = Some(deadline);
        self
    }

    /// Sends the request: `PUT /access-request-config/v1`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Accessrequestconfig,
            crate::SdkError<SetAccessRequestConfigV1Error>,
        >,
    > {
        crate::request::body(self.send_with_metadata())
    }

    /// Sends the request, as [`send`](Self::send), and returns the response's status and headers
    /// with its body.
    #[inline]
    pub fn send_with_metadata(
        self,
    ) -> impl Future<
        Output = Result<
            crate::Response<models::Accessrequestconfig>,
            crate::SdkError<SetAccessRequestConfigV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "setAccessRequestConfigV1",
            self.options,
            move |client| {
                let path = "/access-request-config/v1";
                let mut request = client.request(reqwest::Method::PUT, path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.accessrequestconfig;
                    request = crate::request::with_json(
                        "setAccessRequestConfigV1",
                        request,
                        "application/json",
                        &value,
                    )?;
                }
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`AccessRequestsApi::get_access_request_config_v2`](AccessRequestsApi::get_access_request_config_v2), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type GetAccessRequestConfigV2Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`AccessRequestsApi::get_access_request_config_v2`](AccessRequestsApi::get_access_request_config_v2): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetAccessRequestConfigV2 {
    client: crate::Client,
    options: crate::request::Options,
}

impl GetAccessRequestConfigV2 {
    /// Each attempt's timeout, in place of the configured one.
    #[inline]
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options.timeout = Some(timeout);
        self
    }

    /// How long all attempts and the waits between them may take: past it, the call fails
    /// with [`Error::Timeout`](crate::Error::Timeout).
    #[inline]
    pub fn deadline(mut self, deadline: std::time::Duration) -> Self {
        self.options.deadline = Some(deadline);
        self
    }

    /// Sends the request: `GET /access-request-config/v2`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Accessrequestconfigv2,
            crate::SdkError<GetAccessRequestConfigV2Error>,
        >,
    > {
        crate::request::body(self.send_with_metadata())
    }

    /// Sends the request, as [`send`](Self::send), and returns the response's status and headers
    /// with its body.
    #[inline]
    pub fn send_with_metadata(
        self,
    ) -> impl Future<
        Output = Result<
            crate::Response<models::Accessrequestconfigv2>,
            crate::SdkError<GetAccessRequestConfigV2Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getAccessRequestConfigV2",
            self.options,
            move |client| {
                let path = "/access-request-config/v2";
                let mut request = client.request(reqwest::Method::GET, path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`AccessRequestsApi::set_access_request_config_v2`](AccessRequestsApi::set_access_request_config_v2), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type SetAccessRequestConfigV2Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`AccessRequestsApi::set_access_request_config_v2`](AccessRequestsApi::set_access_request_config_v2): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct SetAccessRequestConfigV2 {
    client: crate::Client,
    options: crate::request::Options,
    accessrequestconfigv2: models::Accessrequestconfigv2,
}

impl SetAccessRequestConfigV2 {
    /// Each attempt's timeout, in place of the configured one.
    #[inline]
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options.timeout = Some(timeout);
        self
    }

    /// How long all attempts and the waits between them may take: past it, the call fails
    /// with [`Error::Timeout`](crate::Error::Timeout).
    #[inline]
    pub fn deadline(mut self, deadline: std::time::Duration) -> Self {
        self.options.deadline = Some(deadline);
        self
    }

    /// Sends the request: `PUT /access-request-config/v2`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Accessrequestconfigv2,
            crate::SdkError<SetAccessRequestConfigV2Error>,
        >,
    > {
        crate::request::body(self.send_with_metadata())
    }

    /// Sends the request, as [`send`](Self::send), and returns the response's status and headers
    /// with its body.
    #[inline]
    pub fn send_with_metadata(
        self,
    ) -> impl Future<
        Output = Result<
            crate::Response<models::Accessrequestconfigv2>,
            crate::SdkError<SetAccessRequestConfigV2Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "setAccessRequestConfigV2",
            self.options,
            move |client| {
                let path = "/access-request-config/v2";
                let mut request = client.request(reqwest::Method::PUT, path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.accessrequestconfigv2;
                    request = crate::request::with_json(
                        "setAccessRequestConfigV2",
                        request,
                        "application/json",
                        &value,
                    )?;
                }
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`AccessRequestsApi::create_access_request_v1`](AccessRequestsApi::create_access_request_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type CreateAccessRequestV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`AccessRequestsApi::create_access_request_v1`](AccessRequestsApi::create_access_request_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateAccessRequestV1 {
    client: crate::Client,
    options: crate::request::Options,
    accessrequest: models::Accessrequest,
}

impl CreateAccessRequestV1 {
    /// Each attempt's timeout, in place of the configured one.
    #[inline]
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options.timeout = Some(timeout);
        self
    }

    /// How long all attempts and the waits between them may take: past it, the call fails
    /// with [`Error::Timeout`](crate::Error::Timeout).
    #[inline]
    pub fn deadline(mut self, deadline: std::time::Duration) -> Self {
        self.options.deadline = Some(deadline);
        self
    }

    /// Sends the request: `POST /access-requests/v1`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Accessrequestresponse,
            crate::SdkError<CreateAccessRequestV1Error>,
        >,
    > {
        crate::request::body(self.send_with_metadata())
    }

    /// Sends the request, as [`send`](Self::send), and returns the response's status and headers
    /// with its body.
    #[inline]
    pub fn send_with_metadata(
        self,
    ) -> impl Future<
        Output = Result<
            crate::Response<models::Accessrequestresponse>,
            crate::SdkError<CreateAccessRequestV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "createAccessRequestV1",
            self.options,
            move |client| {
                let path = "/access-requests/v1";
                let mut request = client.request(reqwest::Method::POST, path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.accessrequest;
                    request = crate::request::with_json(
                        "createAccessRequestV1",
                        request,
                        "application/json",
                        &value,
                    )?;
                }
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`AccessRequestsApi::cancel_access_request_v1`](AccessRequestsApi::cancel_access_request_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type CancelAccessRequestV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`AccessRequestsApi::cancel_access_request_v1`](AccessRequestsApi::cancel_access_request_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CancelAccessRequestV1 {
    client: crate::Client,
    options: crate::request::Options,
    cancelaccessrequest: models::Cancelaccessrequest,
}

impl CancelAccessRequestV1 {
    /// Each attempt's timeout, in place of the configured one.
    #[inline]
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options.timeout = Some(timeout);
        self
    }

    /// How long all attempts and the waits between them may take: past it, the call fails
    /// with [`Error::Timeout`](crate::Error::Timeout).
    #[inline]
    pub fn deadline(mut self, deadline: std::time::Duration) -> Self {
        self.options.deadline = Some(deadline);
        self
    }

    /// Sends the request: `POST /access-requests/v1/cancel`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            serde_json::Map<String, serde_json::Value>,
            crate::SdkError<CancelAccessRequestV1Error>,
        >,
    > {
        crate::request::body(self.send_with_metadata())
    }

    /// Sends the request, as [`send`](Self::send), and returns the response's status and headers
    /// with its body.
    #[inline]
    pub fn send_with_metadata(
        self,
    ) -> impl Future<
        Output = Result<
            crate::Response<serde_json::Map<String, serde_json::Value>>,
            crate::SdkError<CancelAccessRequestV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "cancelAccessRequestV1",
            self.options,
            move |client| {
                let path = "/access-requests/v1/cancel";
                let mut request = client.request(reqwest::Method::POST, path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.cancelaccessrequest;
                    request = crate::request::with_json(
                        "cancelAccessRequestV1",
                        request,
                        "application/json",
                        &value,
                    )?;
                }
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`AccessRequestsApi::close_access_request_v1`](AccessRequestsApi::close_access_request_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type CloseAccessRequestV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`AccessRequestsApi::close_access_request_v1`](AccessRequestsApi::close_access_request_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CloseAccessRequestV1 {
    client: crate::Client,
    options: crate::request::Options,
    closeaccessrequest: models::Closeaccessrequest,
}

impl CloseAccessRequestV1 {
    /// Each attempt's timeout, in place of the configured one.
    #[inline]
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options.timeout = Some(timeout);
        self
    }

    /// How long all attempts and the waits between them may take: past it, the call fails
    /// with [`Error::Timeout`](crate::Error::Timeout).
    #[inline]
    pub fn deadline(mut self, deadline: std::time::Duration) -> Self {
        self.options.deadline = Some(deadline);
        self
    }

    /// Sends the request: `POST /access-requests/v1/close`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            serde_json::Map<String, serde_json::Value>,
            crate::SdkError<CloseAccessRequestV1Error>,
        >,
    > {
        crate::request::body(self.send_with_metadata())
    }

    /// Sends the request, as [`send`](Self::send), and returns the response's status and headers
    /// with its body.
    #[inline]
    pub fn send_with_metadata(
        self,
    ) -> impl Future<
        Output = Result<
            crate::Response<serde_json::Map<String, serde_json::Value>>,
            crate::SdkError<CloseAccessRequestV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "closeAccessRequestV1",
            self.options,
            move |client| {
                let path = "/access-requests/v1/close";
                let mut request = client.request(reqwest::Method::POST, path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.closeaccessrequest;
                    request = crate::request::with_json(
                        "closeAccessRequestV1",
                        request,
                        "application/json",
                        &value,
                    )?;
                }
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`AccessRequestsApi::cancel_access_request_in_bulk_v1`](AccessRequestsApi::cancel_access_request_in_bulk_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type CancelAccessRequestInBulkV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`AccessRequestsApi::cancel_access_request_in_bulk_v1`](AccessRequestsApi::cancel_access_request_in_bulk_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CancelAccessRequestInBulkV1 {
    client: crate::Client,
    options: crate::request::Options,
    bulkcancelaccessrequest: models::Bulkcancelaccessrequest,
}

impl CancelAccessRequestInBulkV1 {
    /// Each attempt's timeout, in place of the configured one.
    #[inline]
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options.timeout = Some(timeout);
        self
    }

    /// How long all attempts and the waits between them may take: past it, the call fails
    /// with [`Error::Timeout`](crate::Error::Timeout).
    #[inline]
    pub fn deadline(mut self, deadline: std::time::Duration) -> Self {
        self.options.deadline = Some(deadline);
        self
    }

    /// Sends the request: `POST /access-requests/v1/bulk-cancel`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            serde_json::Map<String, serde_json::Value>,
            crate::SdkError<CancelAccessRequestInBulkV1Error>,
        >,
    > {
        crate::request::body(self.send_with_metadata())
    }

    /// Sends the request, as [`send`](Self::send), and returns the response's status and headers
    /// with its body.
    #[inline]
    pub fn send_with_metadata(
        self,
    ) -> impl Future<
        Output = Result<
            crate::Response<serde_json::Map<String, serde_json::Value>>,
            crate::SdkError<CancelAccessRequestInBulkV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "cancelAccessRequestInBulkV1",
            self.options,
            move |client| {
                let path = "/access-requests/v1/bulk-cancel";
                let mut request = client.request(reqwest::Method::POST, path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.bulkcancelaccessrequest;
                    request = crate::request::with_json(
                        "cancelAccessRequestInBulkV1",
                        request,
                        "application/json",
                        &value,
                    )?;
                }
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`AccessRequestsApi::load_account_selections_v1`](AccessRequestsApi::load_account_selections_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type LoadAccountSelectionsV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`AccessRequestsApi::load_account_selections_v1`](AccessRequestsApi::load_account_selections_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct LoadAccountSelectionsV1 {
    client: crate::Client,
    options: crate::request::Options,
    accountsselectionrequest: models::Accountsselectionrequest,
}

impl LoadAccountSelectionsV1 {
    /// Each attempt's timeout, in place of the configured one.
    #[inline]
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options.timeout = Some(timeout);
        self
    }

    /// How long all attempts and the waits between them may take: past it, the call fails
    /// with [`Error::Timeout`](crate::Error::Timeout).
    #[inline]
    pub fn deadline(mut self, deadline: std::time::Duration) -> Self {
        self.options.deadline = Some(deadline);
        self
    }

    /// Sends the request: `POST /access-requests/v1/accounts-selection`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Accountsselectionresponse,
            crate::SdkError<LoadAccountSelectionsV1Error>,
        >,
    > {
        crate::request::body(self.send_with_metadata())
    }

    /// Sends the request, as [`send`](Self::send), and returns the response's status and headers
    /// with its body.
    #[inline]
    pub fn send_with_metadata(
        self,
    ) -> impl Future<
        Output = Result<
            crate::Response<models::Accountsselectionresponse>,
            crate::SdkError<LoadAccountSelectionsV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "loadAccountSelectionsV1",
            self.options,
            move |client| {
                let path = "/access-requests/v1/accounts-selection";
                let mut request = client.request(reqwest::Method::POST, path);
                request = request.header("X-SailPoint-Experimental", "true");
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.accountsselectionrequest;
                    request = crate::request::with_json(
                        "loadAccountSelectionsV1",
                        request,
                        "application/json",
                        &value,
                    )?;
                }
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`AccessRequestsApi::list_access_request_status_v1`](AccessRequestsApi::list_access_request_status_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type ListAccessRequestStatusV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`AccessRequestsApi::list_access_request_status_v1`](AccessRequestsApi::list_access_request_status_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListAccessRequestStatusV1 {
    client: crate::Client,
    options: crate::request::Options,
    requested_for: Option<String>,
    requested_by: Option<String>,
    regarding_identity: Option<String>,
    assigned_to: Option<String>,
    count: Option<bool>,
    limit: Option<i32>,
    offset: Option<i32>,
    filters: Option<String>,
    sorters: Option<String>,
    request_state: Option<String>,
    listing: crate::pagination::Listing,
}

impl ListAccessRequestStatusV1 {
    /// Filter the results by the identity the requests were made for. *me* indicates the current user. Mutually exclusive with *regarding-identity*.
    #[inline]
    pub fn requested_for(mut self, requested_for: impl Into<String>) -> Self {
        self.requested_for = Some(requested_for.into());
        self
    }

    /// Filter the results by the identity who made the requests. *me* indicates the current user. Mutually exclusive with *regarding-identity*.
    #[inline]
    pub fn requested_by(mut self, requested_by: impl Into<String>) -> Self {
        self.requested_by = Some(requested_by.into());
        self
    }

    /// Filter the results by the specified identity who is either the requester or target of the requests. *me* indicates the current user. Mutually exclusive with *requested-for* and *requested-by*.
    #[inline]
    pub fn regarding_identity(mut self, regarding_identity: impl Into<String>) -> Self {
        self.regarding_identity = Some(regarding_identity.into());
        self
    }

    /// Filter the results by the specified identity who is the owner of the Identity Request Work Item. *me* indicates the current user.
    #[inline]
    pub fn assigned_to(mut self, assigned_to: impl Into<String>) -> Self {
        self.assigned_to = Some(assigned_to.into());
        self
    }

    /// If this is true, the *X-Total-Count* response header populates with the number of results that would be returned if limit and offset were ignored.
    ///
    /// The server's default: `false`.
    #[inline]
    pub fn count(mut self, count: bool) -> Self {
        self.count = Some(count);
        self
    }

    /// Max number of results to return.
    ///
    /// The server's default: `250`.
    #[inline]
    pub fn limit(mut self, limit: i32) -> Self {
        self.limit = Some(limit);
        self
    }

    /// Offset into the full result set. Usually specified with *limit* to paginate through the results. Defaults to 0 if not specified.
    #[inline]
    pub fn offset(mut self, offset: i32) -> Self {
        self.offset = Some(offset);
        self
    }

    /// Filter results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#filtering-results)
    ///
    /// Filtering is supported for the following fields and operators:
    ///
    /// **accessRequestId**: *eq, ge, gt, le, lt, ne, sw*
    ///
    /// **accountActivityItemId**: *eq, in, ge, gt, le, ne, sw*
    ///
    /// **created**: *eq, ge, gt, le, lt, ne*
    #[inline]
    pub fn filters(mut self, filters: impl Into<String>) -> Self {
        self.filters = Some(filters.into());
        self
    }

    /// Sort results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#sorting-results)
    ///
    /// Sorting is supported for the following fields: **created, modified, accountActivityItemId, name**
    #[inline]
    pub fn sorters(mut self, sorters: impl Into<String>) -> Self {
        self.sorters = Some(sorters.into());
        self
    }

    /// Filter the results by the state of the request. The only valid value is *EXECUTING*.
    #[inline]
    pub fn request_state(mut self, request_state: impl Into<String>) -> Self {
        self.request_state = Some(request_state.into());
        self
    }

    /// Each attempt's timeout, in place of the configured one.
    #[inline]
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options.timeout = Some(timeout);
        self
    }

    /// How long all attempts and the waits between them may take: past it, the call fails
    /// with [`Error::Timeout`](crate::Error::Timeout).
    #[inline]
    pub fn deadline(mut self, deadline: std::time::Duration) -> Self {
        self.options.deadline = Some(deadline);
        self
    }

    /// The most items [`items`](Self::items) yields, over all pages.
    #[inline]
    pub fn max_items(mut self, max_items: usize) -> Self {
        self.listing.max_items = Some(max_items);
        self
    }

    /// How many pages [`items`](Self::items) requests beyond the one being read, whatever the
    /// reader's pace and wherever the list ends (0 for one page at a time). If not set, the
    /// listing plans its pages from the total the first page counts and keeps as many in flight as
    /// the client's rate limit and the reader allow.
    #[inline]
    pub fn pages_ahead(mut self, pages: usize) -> Self {
        self.listing.pages_ahead = Some(pages);
        self
    }

    /// Sends the request: `GET /access-request-status/v1`; returns one page.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            Vec<models::Requesteditemstatus>,
            crate::SdkError<ListAccessRequestStatusV1Error>,
        >,
    > {
        crate::request::body(self.send_with_metadata())
    }

    /// Sends the request and returns one page with the total the server counts when asked
    /// with `.count(true)`.
    #[inline]
    pub fn send_page(
        self,
    ) -> impl Future<
        Output = Result<
            crate::Page<models::Requesteditemstatus>,
            crate::SdkError<ListAccessRequestStatusV1Error>,
        >,
    > {
        crate::request::page(self.call())
    }

    /// Every item of every page from `offset`, fetched as the stream is read: pages of
    /// `limit` items (250 if not set), up to [`max_items`](Self::max_items),
    /// in order. As many pages are in flight as the client's rate limit and the reader's pace
    /// allow, planned from the total the first page counts; the
    /// end of the list is never an error, even where the tenant answers 400 for the offset past
    /// a full last page. Dropping the stream cancels the requests in flight.
    #[inline]
    pub fn items(
        self,
    ) -> impl futures_util::Stream<
        Item = Result<
            models::Requesteditemstatus,
            crate::SdkError<ListAccessRequestStatusV1Error>,
        >,
    > {
        let paging = crate::pagination::Paging {
            offset: self.offset.map_or(0, i64::from),
            page_size: self.limit.map_or(250, i64::from),
            counts: true,
            budget: self.client.api.budget(),
        };
        let listing = self.listing;
        crate::pagination::items(
            self,
            paging,
            listing,
            |mut request: Self, offset, limit, count| {
                request.offset = Some(i32::try_from(offset).unwrap_or(i32::MAX));
                request.limit = Some(i32::try_from(limit).unwrap_or(i32::MAX));
                if count {
                    request.count = Some(true);
                }
                request.send_page()
            },
        )
    }

    /// Sends the request, as [`send`](Self::send), and returns the response's status and headers
    /// with its body.
    #[inline]
    pub fn send_with_metadata(
        self,
    ) -> impl Future<
        Output = Result<
            crate::Response<Vec<models::Requesteditemstatus>>,
            crate::SdkError<ListAccessRequestStatusV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "listAccessRequestStatusV1",
            self.options,
            move |client| {
                let path = "/access-request-status/v1";
                let mut request = client.request(reqwest::Method::GET, path);
                let mut query: Vec<(&str, String)> = Vec::new();
                if let Some(value) = &self.requested_for {
                    query.push(("requested-for", value.clone()));
                }
                if let Some(value) = &self.requested_by {
                    query.push(("requested-by", value.clone()));
                }
                if let Some(value) = &self.regarding_identity {
                    query.push(("regarding-identity", value.clone()));
                }
                if let Some(value) = &self.assigned_to {
                    query.push(("assigned-to", value.clone()));
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
                if let Some(value) = &self.filters {
                    query.push(("filters", value.clone()));
                }
                if let Some(value) = &self.sorters {
                    query.push(("sorters", value.clone()));
                }
                if let Some(value) = &self.request_state {
                    query.push(("request-state", value.clone()));
                }
                request = request.query(&query);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`AccessRequestsApi::list_administrators_access_request_status_v1`](AccessRequestsApi::list_administrators_access_request_status_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type ListAdministratorsAccessRequestStatusV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`AccessRequestsApi::list_administrators_access_request_status_v1`](AccessRequestsApi::list_administrators_access_request_status_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListAdministratorsAccessRequestStatusV1 {
    client: crate::Client,
    options: crate::request::Options,
    requested_for: Option<String>,
    requested_by: Option<String>,
    regarding_identity: Option<String>,
    assigned_to: Option<String>,
    count: Option<bool>,
    limit: Option<i32>,
    offset: Option<i32>,
    filters: Option<String>,
    sorters: Option<String>,
    request_state: Option<String>,
    listing: crate::pagination::Listing,
}

impl ListAdministratorsAccessRequestStatusV1 {
    /// Filter the results by the identity the requests were made for. *me* indicates the current user. Mutually exclusive with *regarding-identity*.
    #[inline]
    pub fn requested_for(mut self, requested_for: impl Into<String>) -> Self {
        self.requested_for = Some(requested_for.into());
        self
    }

    /// Filter the results by the identity who made the requests. *me* indicates the current user. Mutually exclusive with *regarding-identity*.
    #[inline]
    pub fn requested_by(mut self, requested_by: impl Into<String>) -> Self {
        self.requested_by = Some(requested_by.into());
        self
    }

    /// Filter the results by the specified identity who is either the requester or target of the requests. *me* indicates the current user. Mutually exclusive with *requested-for* and *requested-by*.
    #[inline]
    pub fn regarding_identity(mut self, regarding_identity: impl Into<String>) -> Self {
        self.regarding_identity = Some(regarding_identity.into());
        self
    }

    /// Filter the results by the specified identity who is the owner of the Identity Request Work Item. *me* indicates the current user.
    #[inline]
    pub fn assigned_to(mut self, assigned_to: impl Into<String>) -> Self {
        self.assigned_to = Some(assigned_to.into());
        self
    }

    /// If this is true, the *X-Total-Count* response header populates with the number of results that would be returned if limit and offset were ignored.
    ///
    /// The server's default: `false`.
    #[inline]
    pub fn count(mut self, count: bool) -> Self {
        self.count = Some(count);
        self
    }

    /// Max number of results to return.
    ///
    /// The server's default: `250`.
    #[inline]
    pub fn limit(mut self, limit: i32) -> Self {
        self.limit = Some(limit);
        self
    }

    /// Offset into the full result set. Usually specified with *limit* to paginate through the results. Defaults to 0 if not specified.
    #[inline]
    pub fn offset(mut self, offset: i32) -> Self {
        self.offset = Some(offset);
        self
    }

    /// Filter results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#filtering-results)
    ///
    /// Filtering is supported for the following fields and operators:
    ///
    /// **accountActivityItemId**: *eq, in, ge, gt, le, lt, ne, isnull, sw*
    ///
    /// **accessRequestId**: *in, eq, ne, ge, gt, le, lt, sw*
    ///
    /// **status**: *in, eq, ne*
    ///
    /// **created**: *eq, in, ge, gt, le, lt, ne, isnull, sw*
    #[inline]
    pub fn filters(mut self, filters: impl Into<String>) -> Self {
        self.filters = Some(filters.into());
        self
    }

    /// Sort results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#sorting-results)
    ///
    /// Sorting is supported for the following fields: **created, modified, accountActivityItemId, name, accessRequestId**
    #[inline]
    pub fn sorters(mut self, sorters: impl Into<String>) -> Self {
        self.sorters = Some(sorters.into());
        self
    }

    /// Filter the results by the state of the request. The only valid value is *EXECUTING*.
    #[inline]
    pub fn request_state(mut self, request_state: impl Into<String>) -> Self {
        self.request_state = Some(request_state.into());
        self
    }

    /// Each attempt's timeout, in place of the configured one.
    #[inline]
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options.timeout = Some(timeout);
        self
    }

    /// How long all attempts and the waits between them may take: past it, the call fails
    /// with [`Error::Timeout`](crate::Error::Timeout).
    #[inline]
    pub fn deadline(mut self, deadline: std::time::Duration) -> Self {
        self.options.deadline = Some(deadline);
        self
    }

    /// The most items [`items`](Self::items) yields, over all pages.
    #[inline]
    pub fn max_items(mut self, max_items: usize) -> Self {
        self.listing.max_items = Some(max_items);
        self
    }

    /// How many pages [`items`](Self::items) requests beyond the one being read, whatever the
    /// reader's pace and wherever the list ends (0 for one page at a time). If not set, the
    /// listing plans its pages from the total the first page counts and keeps as many in flight as
    /// the client's rate limit and the reader allow.
    #[inline]
    pub fn pages_ahead(mut self, pages: usize) -> Self {
        self.listing.pages_ahead = Some(pages);
        self
    }

    /// Sends the request: `GET /access-request-administration/v1`; returns one page.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            Vec<models::Accessrequestadminitemstatus>,
            crate::SdkError<ListAdministratorsAccessRequestStatusV1Error>,
        >,
    > {
        crate::request::body(self.send_with_metadata())
    }

    /// Sends the request and returns one page with the total the server counts when asked
    /// with `.count(true)`.
    #[inline]
    pub fn send_page(
        self,
    ) -> impl Future<
        Output = Result<
            crate::Page<models::Accessrequestadminitemstatus>,
            crate::SdkError<ListAdministratorsAccessRequestStatusV1Error>,
        >,
    > {
        crate::request::page(self.call())
    }

    /// Every item of every page from `offset`, fetched as the stream is read: pages of
    /// `limit` items (250 if not set), up to [`max_items`](Self::max_items),
    /// in order. As many pages are in flight as the client's rate limit and the reader's pace
    /// allow, planned from the total the first page counts; the
    /// end of the list is never an error, even where the tenant answers 400 for the offset past
    /// a full last page. Dropping the stream cancels the requests in flight.
    #[inline]
    pub fn items(
        self,
    ) -> impl futures_util::Stream<
        Item = Result<
            models::Accessrequestadminitemstatus,
            crate::SdkError<ListAdministratorsAccessRequestStatusV1Error>,
        >,
    > {
        let paging = crate::pagination::Paging {
            offset: self.offset.map_or(0, i64::from),
            page_size: self.limit.map_or(250, i64::from),
            counts: true,
            budget: self.client.api.budget(),
        };
        let listing = self.listing;
        crate::pagination::items(
            self,
            paging,
            listing,
            |mut request: Self, offset, limit, count| {
                request.offset = Some(i32::try_from(offset).unwrap_or(i32::MAX));
                request.limit = Some(i32::try_from(limit).unwrap_or(i32::MAX));
                if count {
                    request.count = Some(true);
                }
                request.send_page()
            },
        )
    }

    /// Sends the request, as [`send`](Self::send), and returns the response's status and headers
    /// with its body.
    #[inline]
    pub fn send_with_metadata(
        self,
    ) -> impl Future<
        Output = Result<
            crate::Response<Vec<models::Accessrequestadminitemstatus>>,
            crate::SdkError<ListAdministratorsAccessRequestStatusV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "listAdministratorsAccessRequestStatusV1",
            self.options,
            move |client| {
                let path = "/access-request-administration/v1";
                let mut request = client.request(reqwest::Method::GET, path);
                let mut query: Vec<(&str, String)> = Vec::new();
                if let Some(value) = &self.requested_for {
                    query.push(("requested-for", value.clone()));
                }
                if let Some(value) = &self.requested_by {
                    query.push(("requested-by", value.clone()));
                }
                if let Some(value) = &self.regarding_identity {
                    query.push(("regarding-identity", value.clone()));
                }
                if let Some(value) = &self.assigned_to {
                    query.push(("assigned-to", value.clone()));
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
                if let Some(value) = &self.filters {
                    query.push(("filters", value.clone()));
                }
                if let Some(value) = &self.sorters {
                    query.push(("sorters", value.clone()));
                }
                if let Some(value) = &self.request_state {
                    query.push(("request-state", value.clone()));
                }
                request = request.query(&query);
                request = request.header("X-SailPoint-Experimental", "true");
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`AccessRequestsApi::approve_bulk_access_request_v1`](AccessRequestsApi::approve_bulk_access_request_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type ApproveBulkAccessRequestV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`AccessRequestsApi::approve_bulk_access_request_v1`](AccessRequestsApi::approve_bulk_access_request_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ApproveBulkAccessRequestV1 {
    client: crate::Client,
    options: crate::request::Options,
    bulkapproveaccessrequest: models::Bulkapproveaccessrequest,
}

impl ApproveBulkAccessRequestV1 {
    /// Each attempt's timeout, in place of the configured one.
    #[inline]
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options.timeout = Some(timeout);
        self
    }

    /// How long all attempts and the waits between them may take: past it, the call fails
    /// with [`Error::Timeout`](crate::Error::Timeout).
    #[inline]
    pub fn deadline(mut self, deadline: std::time::Duration) -> Self {
        self.options.deadline = Some(deadline);
        self
    }

    /// Sends the request: `POST /access-request-approvals/v1/bulk-approve`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            serde_json::Map<String, serde_json::Value>,
            crate::SdkError<ApproveBulkAccessRequestV1Error>,
        >,
    > {
        crate::request::body(self.send_with_metadata())
    }

    /// Sends the request, as [`send`](Self::send), and returns the response's status and headers
    /// with its body.
    #[inline]
    pub fn send_with_metadata(
        self,
    ) -> impl Future<
        Output = Result<
            crate::Response<serde_json::Map<String, serde_json::Value>>,
            crate::SdkError<ApproveBulkAccessRequestV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "approveBulkAccessRequestV1",
            self.options,
            move |client| {
                let path = "/access-request-approvals/v1/bulk-approve";
                let mut request = client.request(reqwest::Method::POST, path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.bulkapproveaccessrequest;
                    request = crate::request::with_json(
                        "approveBulkAccessRequestV1",
                        request,
                        "application/json",
                        &value,
                    )?;
                }
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`AccessRequestsApi::get_entitlement_details_for_identity_v1`](AccessRequestsApi::get_entitlement_details_for_identity_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type GetEntitlementDetailsForIdentityV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`AccessRequestsApi::get_entitlement_details_for_identity_v1`](AccessRequestsApi::get_entitlement_details_for_identity_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetEntitlementDetailsForIdentityV1 {
    client: crate::Client,
    options: crate::request::Options,
}

impl GetEntitlementDetailsForIdentityV1 {
    /// Each attempt's timeout, in place of the configured one.
    #[inline]
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options.timeout = Some(timeout);
        self
    }

    /// How long all attempts and the waits between them may take: past it, the call fails
    /// with [`Error::Timeout`](crate::Error::Timeout).
    #[inline]
    pub fn deadline(mut self, deadline: std::time::Duration) -> Self {
        self.options.deadline = Some(deadline);
        self
    }

    /// Sends the request: `GET /revocable-objects/v1`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Identityentitlementdetails,
            crate::SdkError<GetEntitlementDetailsForIdentityV1Error>,
        >,
    > {
        crate::request::body(self.send_with_metadata())
    }

    /// Sends the request, as [`send`](Self::send), and returns the response's status and headers
    /// with its body.
    #[inline]
    pub fn send_with_metadata(
        self,
    ) -> impl Future<
        Output = Result<
            crate::Response<models::Identityentitlementdetails>,
            crate::SdkError<GetEntitlementDetailsForIdentityV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getEntitlementDetailsForIdentityV1",
            self.options,
            move |client| {
                let path = "/revocable-objects/v1";
                let mut request = client.request(reqwest::Method::GET, path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}
