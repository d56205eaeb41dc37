//! Use this API to implement and customize entitlement functionality.
//! With this functionality in place, administrators can view entitlements and configure them for use throughout Identity Security Cloud in certifications, access profiles, and roles.
//! Administrators in Identity Security Cloud can then grant users access to the entitlements or configure them so users themselves can request access to the entitlements whenever they need them.
//! With a good approval process, this entitlement functionality allows users to gain the specific access they need on sources quickly and securely.
//!
//! Entitlements represent access rights on sources.
//! Entitlements are the most granular form of access in Identity Security Cloud.
//! Entitlements are often grouped into access profiles, and access profiles themselves are often grouped into roles, the broadest form of access in Identity Security Cloud.
//!
//! For example, an Active Directory source in Identity Security Cloud can have multiple entitlements: the first, 'Employees,' may represent the access all employees have at the organization, and a second, 'Developers,' may represent the access all developers have at the organization.
//!
//! An administrator can then create a broader set of access in the form of an access profile, 'AD Developers' grouping the 'Employees' entitlement with the 'Developers' entitlement.
//!
//! An administrator can then create an even broader set of access in the form of a role grouping the 'AD Developers' access profile with another profile, 'GitHub Developers,' grouping entitlements for the GitHub source.
//!
//! When users only need Active Directory employee access, they can request access to the 'Employees' entitlement.
//!
//! When users need both Active Directory employee and developer access, they can request access to the 'AD Developers' access profile.
//!
//! When users need both the 'AD Developers' access profile and the 'GitHub Developers' access profile, they can request access to the role grouping both.
//!
//! Administrators often use roles and access profiles within those roles to manage access so that users can gain access more quickly, but the hierarchy of access all starts with entitlements.
//!
//! Anywhere entitlements appear, you can select them to find more information about the following:
//!
//! - Cloud Access Details: These provide details about the cloud access entitlements on cloud-enabled sources.
//!
//! - Permissions: Permissions represent individual units of read/write/admin access to a system.
//!
//! - Relationships: These list each entitlement's parent and child relationships.
//!
//! - Type: This is the entitlement's type. Some sources support multiple types, each with a different attribute schema.
//!
//! Identity Security Cloud uses entitlements in many features, including the following:
//!
//! - Certifications: Entitlements can be revoked from an identity that no longer needs them.
//!
//! - Roles: Roles can group access profiles which themselves group entitlements. You can grant and revoke access on a broad level with roles. Role membership criteria can grant roles to identities based on whether they have certain entitlements or attributes.
//!
//! - Access Profiles: Access profiles group entitlements.
//!   They are the most important units of access in Identity Security Cloud.
//!   Identity Security Cloud uses them in provisioning, certifications, and access requests, and administrators can configure them to grant very broad or very granular access.
//!
//! You cannot delete entitlements directly from Identity Security Cloud.
//! Entitlements are deleted based on their inclusion in aggregations.
//!
//! Refer to [Deleting Entitlements](https://documentation.sailpoint.com/saas/help/access/entitlements.html#deleting-entitlements) more information about deleting entitlements.
//!
//! Refer to [Entitlements](https://documentation.sailpoint.com/saas/help/access/entitlements.html) for more information about entitlements.

use crate::models;

/// The Entitlements operations: get them from [`Client::entitlements`](crate::Client::entitlements).
#[derive(Debug, Clone, Copy)]
pub struct EntitlementsApi<'a> {
    client: &'a crate::Client,
}

impl crate::Client {
    /// The Entitlements operations.
    #[inline]
    pub fn entitlements(&self) -> EntitlementsApi<'_> {
        EntitlementsApi { client: self }
    }
}

impl<'a> EntitlementsApi<'a> {
    /// Gets a list of entitlements.
    ///
    /// This API returns a list of entitlements.
    ///
    /// This API can be used in one of the two following ways: either getting entitlements for a specific **account-id**, or getting via use of **filters** (those two options are exclusive).
    ///
    /// Any authenticated token can call this API.
    ///
    /// `GET /entitlements` (`listEntitlements`)
    #[inline]
    pub fn list_entitlements(&self) -> ListEntitlements {
        ListEntitlements {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            account_id: None,
            segmented_for_identity: None,
            for_segment_ids: None,
            include_unsegmented: None,
            offset: None,
            limit: None,
            count: None,
            sorters: None,
            filters: None,
            listing: crate::pagination::Listing::default(),
        }
    }

    /// Get an entitlement
    ///
    /// This API returns an entitlement by its ID.
    ///
    /// `GET /entitlements/{id}` (`getEntitlement`)
    #[inline]
    pub fn get_entitlement(&self, id: impl Into<String>) -> GetEntitlement {
        GetEntitlement {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
        }
    }

    /// Patch an entitlement
    ///
    /// This API updates an existing entitlement using [JSON Patch](https://tools.ietf.org/html/rfc6902) syntax.
    ///
    /// The following fields are patchable: **requestable**, **privileged**, **segments**, **owner**, **name**, **description** and **manuallyUpdatedFields**
    ///
    /// When you're patching owner, only owner type and owner id must be provided. Owner name is optional, and it won't be modified. If the owner name is provided, it should correspond to the real name. The only owner type currently supported is IDENTITY.
    ///
    /// A token with ORG_ADMIN or SOURCE_ADMIN authority is required to call this API.
    ///
    /// `PATCH /entitlements/{id}` (`patchEntitlement`)
    #[inline]
    pub fn patch_entitlement(&self, id: impl Into<String>) -> PatchEntitlement {
        PatchEntitlement {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
            json_patch_operation: None,
        }
    }

    /// List of entitlements parents
    ///
    /// This API returns a list of all parent entitlements of a given entitlement.
    ///
    /// `GET /entitlements/{id}/parents` (`listEntitlementParents`)
    #[inline]
    pub fn list_entitlement_parents(
        &self,
        id: impl Into<String>,
    ) -> ListEntitlementParents {
        ListEntitlementParents {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
            limit: None,
            offset: None,
            count: None,
            sorters: None,
            filters: None,
            listing: crate::pagination::Listing::default(),
        }
    }

    /// List of entitlements children
    ///
    /// This API returns a list of all child entitlements of a given entitlement.
    ///
    /// `GET /entitlements/{id}/children` (`listEntitlementChildren`)
    #[inline]
    pub fn list_entitlement_children(
        &self,
        id: impl Into<String>,
    ) -> ListEntitlementChildren {
        ListEntitlementChildren {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
            limit: None,
            offset: None,
            count: None,
            sorters: None,
            filters: None,
            listing: crate::pagination::Listing::default(),
        }
    }

    /// Bulk update an entitlement list
    ///
    /// This API applies an update to every entitlement of the list.
    ///
    ///
    /// The number of entitlements to update is limited to 50 items maximum.
    ///
    ///
    /// The JsonPatch update follows the [JSON Patch](https://tools.ietf.org/html/rfc6902) standard.
    /// examples of allowed operations :
    /// `**{ "op": "replace", "path": "/privileged", "value": boolean }**`
    /// `**{ "op": "replace", "path": "/requestable","value": boolean }**`
    ///
    /// A token with ORG_ADMIN or API authority is required to call this API.
    ///
    /// `POST /entitlements/bulk-update` (`updateEntitlementsInBulk`)
    #[inline]
    pub fn update_entitlements_in_bulk(
        &self,
        entitlement_bulk_update_request: models::EntitlementBulkUpdateRequest,
    ) -> UpdateEntitlementsInBulk {
        UpdateEntitlementsInBulk {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            entitlement_bulk_update_request,
        }
    }

    /// Get entitlement request config
    ///
    /// This API returns the entitlement request config for a specified entitlement.
    ///
    /// `GET /entitlements/{id}/entitlement-request-config` (`getEntitlementRequestConfig`)
    #[inline]
    pub fn get_entitlement_request_config(
        &self,
        id: impl Into<String>,
    ) -> GetEntitlementRequestConfig {
        GetEntitlementRequestConfig {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
        }
    }

    /// Replace entitlement request config
    ///
    /// This API replaces the entitlement request config for a specified entitlement.
    ///
    /// `PUT /entitlements/{id}/entitlement-request-config` (`putEntitlementRequestConfig`)
    #[inline]
    pub fn put_entitlement_request_config(
        &self,
        id: impl Into<String>,
        entitlement_request_config: models::EntitlementRequestConfig,
    ) -> PutEntitlementRequestConfig {
        PutEntitlementRequestConfig {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
            entitlement_request_config,
        }
    }

    /// Reset source entitlements
    ///
    /// Remove all entitlements from a specific source.
    /// To reload the accounts along with the entitlements you removed, you must run an unoptimized aggregation.  To do so, use [Import Accounts](https://developer.sailpoint.com/docs/api/beta/import-accounts/) with `disableOptimization` = `true`.
    ///
    /// `POST /entitlements/reset/sources/{sourceId}` (`resetSourceEntitlements`)
    #[inline]
    pub fn reset_source_entitlements(
        &self,
        source_id: impl Into<String>,
    ) -> ResetSourceEntitlements {
        ResetSourceEntitlements {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            source_id: source_id.into(),
        }
    }

    /// Add metadata to an entitlement.
    ///
    /// Add single Access Model Metadata to an entitlement.
    ///
    /// `POST /entitlements/{id}/access-model-metadata/{attributeKey}/values/{attributeValue}` (`createAccessModelMetadataForEntitlement`)
    #[inline]
    pub fn create_access_model_metadata_for_entitlement(
        &self,
        id: impl Into<String>,
        attribute_key: impl Into<String>,
        attribute_value: impl Into<String>,
    ) -> CreateAccessModelMetadataForEntitlement {
        CreateAccessModelMetadataForEntitlement {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
            attribute_key: attribute_key.into(),
            attribute_value: attribute_value.into(),
        }
    }

    /// Remove metadata from an entitlement.
    ///
    /// Remove single Access Model Metadata from an entitlement.
    ///
    /// `DELETE /entitlements/{id}/access-model-metadata/{attributeKey}/values/{attributeValue}` (`deleteAccessModelMetadataFromEntitlement`)
    #[inline]
    pub fn delete_access_model_metadata_from_entitlement(
        &self,
        id: impl Into<String>,
        attribute_key: impl Into<String>,
        attribute_value: impl Into<String>,
    ) -> DeleteAccessModelMetadataFromEntitlement {
        DeleteAccessModelMetadataFromEntitlement {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
            attribute_key: attribute_key.into(),
            attribute_value: attribute_value.into(),
        }
    }

    /// Aggregate entitlements
    ///
    /// Starts an entitlement aggregation on the specified source. Though this endpoint has been deprecated, you can find its Beta equivalent [here](https://developer.sailpoint.com/docs/api/beta/import-entitlements).
    ///
    /// If the target source is a direct connection, then the request body must be empty. You will also need to make sure the Content-Type header is not set. If you set the Content-Type header without specifying a body, then you will receive a 500 error.
    ///
    /// If the target source is a delimited file source, then the CSV file needs to be included in the request body. You will also need to set the Content-Type header to `multipart/form-data`.
    ///
    /// `POST /entitlements/aggregate/sources/{id}` (`importEntitlementsBySource`)
    #[deprecated(note = "deprecated in the spec")]
    #[inline]
    pub fn import_entitlements_by_source(
        &self,
        id: impl Into<String>,
    ) -> ImportEntitlementsBySource {
        ImportEntitlementsBySource {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            upload: crate::request::Upload::default(),
            id: id.into(),
            import_entitlements_by_source_request: None,
        }
    }
}

/// The error statuses of [`EntitlementsApi::list_entitlements`](EntitlementsApi::list_entitlements), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type ListEntitlementsError = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`EntitlementsApi::list_entitlements`](EntitlementsApi::list_entitlements): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListEntitlements {
    client: crate::Client,
    options: crate::request::Options,
    account_id: Option<String>,
    segmented_for_identity: Option<String>,
    for_segment_ids: Option<String>,
    include_unsegmented: Option<bool>,
    offset: Option<i32>,
    limit: Option<i32>,
    count: Option<bool>,
    sorters: Option<String>,
    filters: Option<String>,
    listing: crate::pagination::Listing,
}

impl ListEntitlements {
    /// The account ID. If specified, returns only entitlements associated with the given Account. Cannot be specified with the **filters**, **segmented-for-identity**, **for-segment-ids**, or **include-unsegmented** param(s). This parameter is deprecated. Please use [Account Entitlements API](https://developer.sailpoint.com/docs/api/v2025/get-account-entitlements/) to get account entitlements.
    #[inline]
    pub fn account_id(mut self, account_id: impl Into<String>) -> Self {
        self.account_id = Some(account_id.into());
        self
    }

    /// If present and not empty, additionally filters Entitlements to those which are assigned to the Segment(s) which are visible to the Identity with the specified ID.
    /// Cannot be specified with the **account-id** or **for-segment-ids** param(s). It is also illegal to specify a value that refers to a different user's Identity.
    #[inline]
    pub fn segmented_for_identity(
        mut self,
        segmented_for_identity: impl Into<String>,
    ) -> Self {
        self.segmented_for_identity = Some(segmented_for_identity.into());
        self
    }

    /// If present and not empty, additionally filters Access Profiles to those which are assigned to the Segment(s) with the specified IDs.
    /// Cannot be specified with the **account-id** or **segmented-for-identity** param(s).
    #[inline]
    pub fn for_segment_ids(mut self, for_segment_ids: impl Into<String>) -> Self {
        self.for_segment_ids = Some(for_segment_ids.into());
        self
    }

    /// Whether or not the response list should contain unsegmented Entitlements. If **for-segment-ids** and **segmented-for-identity** are both absent or empty, specifying **include-unsegmented=false** results in an error.
    ///
    /// The server's default: `true`.
    #[inline]
    pub fn include_unsegmented(mut self, include_unsegmented: bool) -> Self {
        self.include_unsegmented = Some(include_unsegmented);
        self
    }

    /// Offset into the full result set. Usually specified with *limit* to paginate through the results.
    /// See [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters) for more information.
    ///
    /// The server's default: `0`.
    #[inline]
    pub fn offset(mut self, offset: i32) -> Self {
        self.offset = Some(offset);
        self
    }

    /// Max number of results to return.
    /// See [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters) for more information.
    ///
    /// The server's default: `250`.
    #[inline]
    pub fn limit(mut self, limit: i32) -> Self {
        self.limit = Some(limit);
        self
    }

    /// If *true* it will populate the *X-Total-Count* response header with the number of results that would be returned if *limit* and *offset* were ignored.
    ///
    /// Since requesting a total count can have a performance impact, it is recommended not to send **count=true** if that value will not be used.
    ///
    /// See [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters) for more information.
    ///
    /// The server's default: `false`.
    #[inline]
    pub fn count(mut self, count: bool) -> Self {
        self.count = Some(count);
        self
    }

    /// Sort results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#sorting-results)
    ///
    /// Sorting is supported for the following fields: **id, name, created, modified, type, attribute, value, source.id, requestable**
    #[inline]
    pub fn sorters(mut self, sorters: impl Into<String>) -> Self {
        self.sorters = Some(sorters.into());
        self
    }

    /// Filter results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#filtering-results)
    ///
    /// Filtering is supported for the following fields and operators:
    ///
    /// **id**: *eq, in*
    ///
    /// **name**: *eq, in, sw*
    ///
    /// **type**: *eq, in*
    ///
    /// **attribute**: *eq, in*
    ///
    /// **value**: *eq, in, sw*
    ///
    /// **source.id**: *eq, in*
    ///
    /// **requestable**: *eq*
    ///
    /// **created**: *gt, lt, ge, le*
    ///
    /// **modified**: *gt, lt, ge, le*
    ///
    /// **owner.id**: *eq, in*
    #[inline]
    pub fn filters(mut self, filters: impl Into<String>) -> Self {
        self.filters = Some(filters.into());
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

    /// Sends the request: `GET /entitlements`; returns one page.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<Vec<models::Entitlement>, crate::SdkError<ListEntitlementsError>>,
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
            crate::Page<models::Entitlement>,
            crate::SdkError<ListEntitlementsError>,
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
        Item = Result<models::Entitlement, crate::SdkError<ListEntitlementsError>>,
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
            crate::Response<Vec<models::Entitlement>>,
            crate::SdkError<ListEntitlementsError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "listEntitlements",
            self.options,
            move |client| {
                let path = "/entitlements";
                let mut request = client.request(reqwest::Method::GET, path);
                let mut query: Vec<(&str, String)> = Vec::new();
                if let Some(value) = &self.account_id {
                    query.push(("account-id", value.clone()));
                }
                if let Some(value) = &self.segmented_for_identity {
                    query.push(("segmented-for-identity", value.clone()));
                }
                if let Some(value) = &self.for_segment_ids {
                    query.push(("for-segment-ids", value.clone()));
                }
                if let Some(value) = &self.include_unsegmented {
                    query.push(("include-unsegmented", value.to_string()));
                }
                if let Some(value) = &self.offset {
                    query.push(("offset", value.to_string()));
                }
                if let Some(value) = &self.limit {
                    query.push(("limit", value.to_string()));
                }
                if let Some(value) = &self.count {
                    query.push(("count", value.to_string()));
                }
                if let Some(value) = &self.sorters {
                    query.push(("sorters", value.clone()));
                }
                if let Some(value) = &self.filters {
                    query.push(("filters", value.clone()));
                }
                request = request.query(&query);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`EntitlementsApi::get_entitlement`](EntitlementsApi::get_entitlement), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type GetEntitlementError = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`EntitlementsApi::get_entitlement`](EntitlementsApi::get_entitlement): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetEntitlement {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
}

impl GetEntitlement {
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

    /// Sends the request: `GET /entitlements/{id}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<models::Entitlement, crate::SdkError<GetEntitlementError>>,
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
            crate::Response<models::Entitlement>,
            crate::SdkError<GetEntitlementError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getEntitlement",
            self.options,
            move |client| {
                let path = ["/entitlements/", &crate::request::path_segment(&self.id)]
                    .concat();
                let mut request = client.request(reqwest::Method::GET, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`EntitlementsApi::patch_entitlement`](EntitlementsApi::patch_entitlement), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type PatchEntitlementError = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`EntitlementsApi::patch_entitlement`](EntitlementsApi::patch_entitlement): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct PatchEntitlement {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
    json_patch_operation: Option<Vec<models::JsonPatchOperation>>,
}

impl PatchEntitlement {
    /// The request body.
    #[inline]
    pub fn json_patch_operation(
        mut self,
        json_patch_operation: Vec<models::JsonPatchOperation>,
    ) -> Self {
        self.json_patch_operation = Some(json_patch_operation);
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

    /// Sends the request: `PATCH /entitlements/{id}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<models::Entitlement, crate::SdkError<PatchEntitlementError>>,
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
            crate::Response<models::Entitlement>,
            crate::SdkError<PatchEntitlementError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "patchEntitlement",
            self.options,
            move |client| {
                let path = ["/entitlements/", &crate::request::path_segment(&self.id)]
                    .concat();
                let mut request = client.request(reqwest::Method::PATCH, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                if let Some(value) = &self.json_patch_operation {
                    request = crate::request::with_json(
                        "patchEntitlement",
                        request,
                        "application/json-patch+json",
                        &value,
                    )?;
                }
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`EntitlementsApi::list_entitlement_parents`](EntitlementsApi::list_entitlement_parents), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type ListEntitlementParentsError = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`EntitlementsApi::list_entitlement_parents`](EntitlementsApi::list_entitlement_parents): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListEntitlementParents {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
    limit: Option<i32>,
    offset: Option<i32>,
    count: Option<bool>,
    sorters: Option<String>,
    filters: Option<String>,
    listing: crate::pagination::Listing,
}

impl ListEntitlementParents {
    /// Max number of results to return.
    /// See [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters) for more information.
    ///
    /// The server's default: `250`.
    #[inline]
    pub fn limit(mut self, limit: i32) -> Self {
        self.limit = Some(limit);
        self
    }

    /// Offset into the full result set. Usually specified with *limit* to paginate through the results.
    /// See [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters) for more information.
    ///
    /// The server's default: `0`.
    #[inline]
    pub fn offset(mut self, offset: i32) -> Self {
        self.offset = Some(offset);
        self
    }

    /// If *true* it will populate the *X-Total-Count* response header with the number of results that would be returned if *limit* and *offset* were ignored.
    ///
    /// Since requesting a total count can have a performance impact, it is recommended not to send **count=true** if that value will not be used.
    ///
    /// See [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters) for more information.
    ///
    /// The server's default: `false`.
    #[inline]
    pub fn count(mut self, count: bool) -> Self {
        self.count = Some(count);
        self
    }

    /// Sort results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#sorting-results)
    ///
    /// Sorting is supported for the following fields: **id, name, created, modified, type, attribute, value, source.id**
    #[inline]
    pub fn sorters(mut self, sorters: impl Into<String>) -> Self {
        self.sorters = Some(sorters.into());
        self
    }

    /// Filter results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#filtering-results)
    ///
    /// Filtering is supported for the following fields and operators:
    ///
    /// **id**: *eq, in*
    ///
    /// **name**: *eq, in, sw*
    ///
    /// **type**: *eq, in*
    ///
    /// **attribute**: *eq, in*
    ///
    /// **value**: *eq, in, sw*
    ///
    /// **source.id**: *eq, in*
    ///
    /// **requestable**: *eq*
    ///
    /// **created**: *gt, lt, ge, le*
    ///
    /// **modified**: *gt, lt, ge, le*
    #[inline]
    pub fn filters(mut self, filters: impl Into<String>) -> Self {
        self.filters = Some(filters.into());
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

    /// Sends the request: `GET /entitlements/{id}/parents`; returns one page.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            Vec<models::Entitlement>,
            crate::SdkError<ListEntitlementParentsError>,
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
            crate::Page<models::Entitlement>,
            crate::SdkError<ListEntitlementParentsError>,
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
        Item = Result<models::Entitlement, crate::SdkError<ListEntitlementParentsError>>,
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
            crate::Response<Vec<models::Entitlement>>,
            crate::SdkError<ListEntitlementParentsError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "listEntitlementParents",
            self.options,
            move |client| {
                let path = [
                    "/entitlements/",
                    &crate::request::path_segment(&self.id),
                    "/parents",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::GET, &path);
                let mut query: Vec<(&str, String)> = Vec::new();
                if let Some(value) = &self.limit {
                    query.push(("limit", value.to_string()));
                }
                if let Some(value) = &self.offset {
                    query.push(("offset", value.to_string()));
                }
                if let Some(value) = &self.count {
                    query.push(("count", value.to_string()));
                }
                if let Some(value) = &self.sorters {
                    query.push(("sorters", value.clone()));
                }
                if let Some(value) = &self.filters {
                    query.push(("filters", value.clone()));
                }
                request = request.query(&query);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`EntitlementsApi::list_entitlement_children`](EntitlementsApi::list_entitlement_children), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type ListEntitlementChildrenError = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`EntitlementsApi::list_entitlement_children`](EntitlementsApi::list_entitlement_children): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListEntitlementChildren {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
    limit: Option<i32>,
    offset: Option<i32>,
    count: Option<bool>,
    sorters: Option<String>,
    filters: Option<String>,
    listing: crate::pagination::Listing,
}

impl ListEntitlementChildren {
    /// Max number of results to return.
    /// See [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters) for more information.
    ///
    /// The server's default: `250`.
    #[inline]
    pub fn limit(mut self, limit: i32) -> Self {
        self.limit = Some(limit);
        self
    }

    /// Offset into the full result set. Usually specified with *limit* to paginate through the results.
    /// See [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters) for more information.
    ///
    /// The server's default: `0`.
    #[inline]
    pub fn offset(mut self, offset: i32) -> Self {
        self.offset = Some(offset);
        self
    }

    /// If *true* it will populate the *X-Total-Count* response header with the number of results that would be returned if *limit* and *offset* were ignored.
    ///
    /// Since requesting a total count can have a performance impact, it is recommended not to send **count=true** if that value will not be used.
    ///
    /// See [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters) for more information.
    ///
    /// The server's default: `false`.
    #[inline]
    pub fn count(mut self, count: bool) -> Self {
        self.count = Some(count);
        self
    }

    /// Sort results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#sorting-results)
    ///
    /// Sorting is supported for the following fields: **id, name, created, modified, type, attribute, value, source.id**
    #[inline]
    pub fn sorters(mut self, sorters: impl Into<String>) -> Self {
        self.sorters = Some(sorters.into());
        self
    }

    /// Filter results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#filtering-results)
    ///
    /// Filtering is supported for the following fields and operators:
    ///
    /// **id**: *eq, in*
    ///
    /// **name**: *eq, in, sw*
    ///
    /// **type**: *eq, in*
    ///
    /// **attribute**: *eq, in*
    ///
    /// **value**: *eq, in, sw*
    ///
    /// **source.id**: *eq, in*
    ///
    /// **requestable**: *eq*
    ///
    /// **created**: *gt, lt, ge, le*
    ///
    /// **modified**: *gt, lt, ge, le*
    #[inline]
    pub fn filters(mut self, filters: impl Into<String>) -> Self {
        self.filters = Some(filters.into());
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

    /// Sends the request: `GET /entitlements/{id}/children`; returns one page.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            Vec<models::Entitlement>,
            crate::SdkError<ListEntitlementChildrenError>,
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
            crate::Page<models::Entitlement>,
            crate::SdkError<ListEntitlementChildrenError>,
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
        Item = Result<models::Entitlement, crate::SdkError<ListEntitlementChildrenError>>,
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
            crate::Response<Vec<models::Entitlement>>,
            crate::SdkError<ListEntitlementChildrenError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "listEntitlementChildren",
            self.options,
            move |client| {
                let path = [
                    "/entitlements/",
                    &crate::request::path_segment(&self.id),
                    "/children",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::GET, &path);
                let mut query: Vec<(&str, String)> = Vec::new();
                if let Some(value) = &self.limit {
                    query.push(("limit", value.to_string()));
                }
                if let Some(value) = &self.offset {
                    query.push(("offset", value.to_string()));
                }
                if let Some(value) = &self.count {
                    query.push(("count", value.to_string()));
                }
                if let Some(value) = &self.sorters {
                    query.push(("sorters", value.clone()));
                }
                if let Some(value) = &self.filters {
                    query.push(("filters", value.clone()));
                }
                request = request.query(&query);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`EntitlementsApi::update_entitlements_in_bulk`](EntitlementsApi::update_entitlements_in_bulk), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type UpdateEntitlementsInBulkError = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`EntitlementsApi::update_entitlements_in_bulk`](EntitlementsApi::update_entitlements_in_bulk): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpdateEntitlementsInBulk {
    client: crate::Client,
    options: crate::request::Options,
    entitlement_bulk_update_request: models::EntitlementBulkUpdateRequest,
}

impl UpdateEntitlementsInBulk {
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

    /// Sends the request: `POST /entitlements/bulk-update`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<(), crate::SdkError<UpdateEntitlementsInBulkError>>,
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
            crate::Response<()>,
            crate::SdkError<UpdateEntitlementsInBulkError>,
        >,
    > {
        crate::request::empty(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "updateEntitlementsInBulk",
            self.options,
            move |client| {
                let path = "/entitlements/bulk-update";
                let mut request = client.request(reqwest::Method::POST, path);
                {
                    let value = &self.entitlement_bulk_update_request;
                    request = crate::request::with_json(
                        "updateEntitlementsInBulk",
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

/// The error statuses of [`EntitlementsApi::get_entitlement_request_config`](EntitlementsApi::get_entitlement_request_config), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type GetEntitlementRequestConfigError = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`EntitlementsApi::get_entitlement_request_config`](EntitlementsApi::get_entitlement_request_config): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetEntitlementRequestConfig {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
}

impl GetEntitlementRequestConfig {
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

    /// Sends the request: `GET /entitlements/{id}/entitlement-request-config`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::EntitlementRequestConfig,
            crate::SdkError<GetEntitlementRequestConfigError>,
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
            crate::Response<models::EntitlementRequestConfig>,
            crate::SdkError<GetEntitlementRequestConfigError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getEntitlementRequestConfig",
            self.options,
            move |client| {
                let path = [
                    "/entitlements/",
                    &crate::request::path_segment(&self.id),
                    "/entitlement-request-config",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::GET, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`EntitlementsApi::put_entitlement_request_config`](EntitlementsApi::put_entitlement_request_config), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type PutEntitlementRequestConfigError = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`EntitlementsApi::put_entitlement_request_config`](EntitlementsApi::put_entitlement_request_config): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct PutEntitlementRequestConfig {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
    entitlement_request_config: models::EntitlementRequestConfig,
}

impl PutEntitlementRequestConfig {
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

    /// Sends the request: `PUT /entitlements/{id}/entitlement-request-config`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::EntitlementRequestConfig,
            crate::SdkError<PutEntitlementRequestConfigError>,
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
            crate::Response<models::EntitlementRequestConfig>,
            crate::SdkError<PutEntitlementRequestConfigError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "putEntitlementRequestConfig",
            self.options,
            move |client| {
                let path = [
                    "/entitlements/",
                    &crate::request::path_segment(&self.id),
                    "/entitlement-request-config",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::PUT, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.entitlement_request_config;
                    request = crate::request::with_json(
                        "putEntitlementRequestConfig",
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

/// The error statuses of [`EntitlementsApi::reset_source_entitlements`](EntitlementsApi::reset_source_entitlements), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type ResetSourceEntitlementsError = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`EntitlementsApi::reset_source_entitlements`](EntitlementsApi::reset_source_entitlements): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ResetSourceEntitlements {
    client: crate::Client,
    options: crate::request::Options,
    source_id: String,
}

impl ResetSourceEntitlements {
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

    /// Sends the request: `POST /entitlements/reset/sources/{sourceId}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::EntitlementSourceResetBaseReferenceDto,
            crate::SdkError<ResetSourceEntitlementsError>,
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
            crate::Response<models::EntitlementSourceResetBaseReferenceDto>,
            crate::SdkError<ResetSourceEntitlementsError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "resetSourceEntitlements",
            self.options,
            move |client| {
                let path = [
                    "/entitlements/reset/sources/",
                    &crate::request::path_segment(&self.source_id),
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::POST, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`EntitlementsApi::create_access_model_metadata_for_entitlement`](EntitlementsApi::create_access_model_metadata_for_entitlement), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type CreateAccessModelMetadataForEntitlementError = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`EntitlementsApi::create_access_model_metadata_for_entitlement`](EntitlementsApi::create_access_model_metadata_for_entitlement): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateAccessModelMetadataForEntitlement {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
    attribute_key: String,
    attribute_value: String,
}

impl CreateAccessModelMetadataForEntitlement {
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

    /// Sends the request: `POST /entitlements/{id}/access-model-metadata/{attributeKey}/values/{attributeValue}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Entitlement,
            crate::SdkError<CreateAccessModelMetadataForEntitlementError>,
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
            crate::Response<models::Entitlement>,
            crate::SdkError<CreateAccessModelMetadataForEntitlementError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "createAccessModelMetadataForEntitlement",
            self.options,
            move |client| {
                let path = [
                    "/entitlements/",
                    &crate::request::path_segment(&self.id),
                    "/access-model-metadata/",
                    &crate::request::path_segment(&self.attribute_key),
                    "/values/",
                    &crate::request::path_segment(&self.attribute_value),
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::POST, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`EntitlementsApi::delete_access_model_metadata_from_entitlement`](EntitlementsApi::delete_access_model_metadata_from_entitlement), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type DeleteAccessModelMetadataFromEntitlementError = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`EntitlementsApi::delete_access_model_metadata_from_entitlement`](EntitlementsApi::delete_access_model_metadata_from_entitlement): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteAccessModelMetadataFromEntitlement {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
    attribute_key: String,
    attribute_value: String,
}

impl DeleteAccessModelMetadataFromEntitlement {
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

    /// Sends the request: `DELETE /entitlements/{id}/access-model-metadata/{attributeKey}/values/{attributeValue}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            (),
            crate::SdkError<DeleteAccessModelMetadataFromEntitlementError>,
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
            crate::Response<()>,
            crate::SdkError<DeleteAccessModelMetadataFromEntitlementError>,
        >,
    > {
        crate::request::empty(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "deleteAccessModelMetadataFromEntitlement",
            self.options,
            move |client| {
                let path = [
                    "/entitlements/",
                    &crate::request::path_segment(&self.id),
                    "/access-model-metadata/",
                    &crate::request::path_segment(&self.attribute_key),
                    "/values/",
                    &crate::request::path_segment(&self.attribute_value),
                ]
                    .concat();
                let request = client.request(reqwest::Method::DELETE, &path);
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`EntitlementsApi::import_entitlements_by_source`](EntitlementsApi::import_entitlements_by_source), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type ImportEntitlementsBySourceError = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`EntitlementsApi::import_entitlements_by_source`](EntitlementsApi::import_entitlements_by_source): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ImportEntitlementsBySource {
    client: crate::Client,
    options: crate::request::Options,
    upload: crate::request::Upload,
    id: String,
    import_entitlements_by_source_request: Option<
        models::ImportEntitlementsBySourceRequest,
    >,
}

impl ImportEntitlementsBySource {
    /// The request body.
    #[inline]
    pub fn import_entitlements_by_source_request(
        mut self,
        import_entitlements_by_source_request: models::ImportEntitlementsBySourceRequest,
    ) -> Self {
        self.import_entitlements_by_source_request = Some(
            import_entitlements_by_source_request,
        );
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

    /// The file name the upload is sent with (`roles.csv`), in place of its part's name.
    #[inline]
    pub fn file_name(mut self, file_name: impl Into<String>) -> Self {
        self.upload.file_name = Some(file_name.into());
        self
    }

    /// The content type the upload is sent with (`text/csv`), in place of
    /// `application/octet-stream`.
    #[inline]
    pub fn file_content_type(mut self, content_type: impl Into<String>) -> Self {
        self.upload.content_type = Some(content_type.into());
        self
    }

    /// Sends the request: `POST /entitlements/aggregate/sources/{id}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::LoadEntitlementTask,
            crate::SdkError<ImportEntitlementsBySourceError>,
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
            crate::Response<models::LoadEntitlementTask>,
            crate::SdkError<ImportEntitlementsBySourceError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "importEntitlementsBySource",
            self.options,
            move |client| {
                let path = [
                    "/entitlements/aggregate/sources/",
                    &crate::request::path_segment(&self.id),
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::POST, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                if let Some(value) = &self.import_entitlements_by_source_request {
                    request = request
                        .multipart({
                            let mut form = reqwest::multipart::Form::new();
                            if let Some(part) = &value.csv_file {
                                form = form
                                    .part(
                                        "csvFile",
                                        crate::request::file_part(
                                            part.clone(),
                                            "csvFile",
                                            &self.upload,
                                        )?,
                                    );
                            }
                            form
                        });
                }
                Ok(request)
            },
        )
    }
}
