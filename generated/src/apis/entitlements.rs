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
    pub fn list_entitlements(&self) -> ListEntitlements<'a> {
        ListEntitlements {
            client: self.client,
            account_id: None,
            segmented_for_identity: None,
            for_segment_ids: None,
            include_unsegmented: None,
            offset: None,
            limit: None,
            count: None,
            sorters: None,
            filters: None,
        }
    }

    /// Get an entitlement
    ///
    /// This API returns an entitlement by its ID.
    ///
    /// `GET /entitlements/{id}` (`getEntitlement`)
    pub fn get_entitlement(&self, id: impl Into<String>) -> GetEntitlement<'a> {
        GetEntitlement {
            client: self.client,
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
    pub fn patch_entitlement(&self, id: impl Into<String>) -> PatchEntitlement<'a> {
        PatchEntitlement {
            client: self.client,
            id: id.into(),
            json_patch_operation: None,
        }
    }

    /// List of entitlements parents
    ///
    /// This API returns a list of all parent entitlements of a given entitlement.
    ///
    /// `GET /entitlements/{id}/parents` (`listEntitlementParents`)
    pub fn list_entitlement_parents(
        &self,
        id: impl Into<String>,
    ) -> ListEntitlementParents<'a> {
        ListEntitlementParents {
            client: self.client,
            id: id.into(),
            limit: None,
            offset: None,
            count: None,
            sorters: None,
            filters: None,
        }
    }

    /// List of entitlements children
    ///
    /// This API returns a list of all child entitlements of a given entitlement.
    ///
    /// `GET /entitlements/{id}/children` (`listEntitlementChildren`)
    pub fn list_entitlement_children(
        &self,
        id: impl Into<String>,
    ) -> ListEntitlementChildren<'a> {
        ListEntitlementChildren {
            client: self.client,
            id: id.into(),
            limit: None,
            offset: None,
            count: None,
            sorters: None,
            filters: None,
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
    pub fn update_entitlements_in_bulk(
        &self,
        entitlement_bulk_update_request: models::EntitlementBulkUpdateRequest,
    ) -> UpdateEntitlementsInBulk<'a> {
        UpdateEntitlementsInBulk {
            client: self.client,
            entitlement_bulk_update_request,
        }
    }

    /// Get entitlement request config
    ///
    /// This API returns the entitlement request config for a specified entitlement.
    ///
    /// `GET /entitlements/{id}/entitlement-request-config` (`getEntitlementRequestConfig`)
    pub fn get_entitlement_request_config(
        &self,
        id: impl Into<String>,
    ) -> GetEntitlementRequestConfig<'a> {
        GetEntitlementRequestConfig {
            client: self.client,
            id: id.into(),
        }
    }

    /// Replace entitlement request config
    ///
    /// This API replaces the entitlement request config for a specified entitlement.
    ///
    /// `PUT /entitlements/{id}/entitlement-request-config` (`putEntitlementRequestConfig`)
    pub fn put_entitlement_request_config(
        &self,
        id: impl Into<String>,
        entitlement_request_config: models::EntitlementRequestConfig,
    ) -> PutEntitlementRequestConfig<'a> {
        PutEntitlementRequestConfig {
            client: self.client,
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
    pub fn reset_source_entitlements(
        &self,
        source_id: impl Into<String>,
    ) -> ResetSourceEntitlements<'a> {
        ResetSourceEntitlements {
            client: self.client,
            source_id: source_id.into(),
        }
    }

    /// Add metadata to an entitlement.
    ///
    /// Add single Access Model Metadata to an entitlement.
    ///
    /// `POST /entitlements/{id}/access-model-metadata/{attributeKey}/values/{attributeValue}` (`createAccessModelMetadataForEntitlement`)
    pub fn create_access_model_metadata_for_entitlement(
        &self,
        id: impl Into<String>,
        attribute_key: impl Into<String>,
        attribute_value: impl Into<String>,
    ) -> CreateAccessModelMetadataForEntitlement<'a> {
        CreateAccessModelMetadataForEntitlement {
            client: self.client,
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
    pub fn delete_access_model_metadata_from_entitlement(
        &self,
        id: impl Into<String>,
        attribute_key: impl Into<String>,
        attribute_value: impl Into<String>,
    ) -> DeleteAccessModelMetadataFromEntitlement<'a> {
        DeleteAccessModelMetadataFromEntitlement {
            client: self.client,
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
    pub fn import_entitlements_by_source(
        &self,
        id: impl Into<String>,
    ) -> ImportEntitlementsBySource<'a> {
        ImportEntitlementsBySource {
            client: self.client,
            id: id.into(),
            import_entitlements_by_source_request: None,
        }
    }
}

/// The request of [`EntitlementsApi::list_entitlements`](EntitlementsApi::list_entitlements): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListEntitlements<'a> {
    client: &'a crate::Client,
    account_id: Option<String>,
    segmented_for_identity: Option<String>,
    for_segment_ids: Option<String>,
    include_unsegmented: Option<bool>,
    offset: Option<i32>,
    limit: Option<i32>,
    count: Option<bool>,
    sorters: Option<String>,
    filters: Option<String>,
}

impl ListEntitlements<'_> {
    /// The account ID. If specified, returns only entitlements associated with the given Account. Cannot be specified with the **filters**, **segmented-for-identity**, **for-segment-ids**, or **include-unsegmented** param(s). This parameter is deprecated. Please use [Account Entitlements API](https://developer.sailpoint.com/docs/api/v2025/get-account-entitlements/) to get account entitlements.
    pub fn account_id(mut self, account_id: impl Into<String>) -> Self {
        self.account_id = Some(account_id.into());
        self
    }

    /// If present and not empty, additionally filters Entitlements to those which are assigned to the Segment(s) which are visible to the Identity with the specified ID.
    /// Cannot be specified with the **account-id** or **for-segment-ids** param(s). It is also illegal to specify a value that refers to a different user's Identity.
    pub fn segmented_for_identity(
        mut self,
        segmented_for_identity: impl Into<String>,
    ) -> Self {
        self.segmented_for_identity = Some(segmented_for_identity.into());
        self
    }

    /// If present and not empty, additionally filters Access Profiles to those which are assigned to the Segment(s) with the specified IDs.
    /// Cannot be specified with the **account-id** or **segmented-for-identity** param(s).
    pub fn for_segment_ids(mut self, for_segment_ids: impl Into<String>) -> Self {
        self.for_segment_ids = Some(for_segment_ids.into());
        self
    }

    /// Whether or not the response list should contain unsegmented Entitlements. If **for-segment-ids** and **segmented-for-identity** are both absent or empty, specifying **include-unsegmented=false** results in an error.
    ///
    /// The server's default: `true`.
    pub fn include_unsegmented(mut self, include_unsegmented: bool) -> Self {
        self.include_unsegmented = Some(include_unsegmented);
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

    /// Max number of results to return.
    /// See [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters) for more information.
    ///
    /// The server's default: `250`.
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
    pub fn count(mut self, count: bool) -> Self {
        self.count = Some(count);
        self
    }

    /// Sort results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#sorting-results)
    ///
    /// Sorting is supported for the following fields: **id, name, created, modified, type, attribute, value, source.id, requestable**
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
    pub fn filters(mut self, filters: impl Into<String>) -> Self {
        self.filters = Some(filters.into());
        self
    }

    /// Sends the request: `GET /entitlements`.
    pub async fn send(self) -> Result<Vec<models::Entitlement>, crate::Error> {
        let path = "/entitlements";
        let mut request = self.client.request(reqwest::Method::GET, path);
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
        let response = self.client.execute("listEntitlements", request).await?;
        crate::request::json("listEntitlements", response).await
    }
}

/// The request of [`EntitlementsApi::get_entitlement`](EntitlementsApi::get_entitlement): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetEntitlement<'a> {
    client: &'a crate::Client,
    id: String,
}

impl GetEntitlement<'_> {
    /// Sends the request: `GET /entitlements/{id}`.
    pub async fn send(self) -> Result<models::Entitlement, crate::Error> {
        let path = ["/entitlements/", &crate::request::path_segment(&self.id)].concat();
        let mut request = self.client.request(reqwest::Method::GET, &path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self.client.execute("getEntitlement", request).await?;
        crate::request::json("getEntitlement", response).await
    }
}

/// The request of [`EntitlementsApi::patch_entitlement`](EntitlementsApi::patch_entitlement): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct PatchEntitlement<'a> {
    client: &'a crate::Client,
    id: String,
    json_patch_operation: Option<Vec<models::JsonPatchOperation>>,
}

impl PatchEntitlement<'_> {
    /// The request body.
    pub fn json_patch_operation(
        mut self,
        json_patch_operation: Vec<models::JsonPatchOperation>,
    ) -> Self {
        self.json_patch_operation = Some(json_patch_operation);
        self
    }

    /// Sends the request: `PATCH /entitlements/{id}`.
    pub async fn send(self) -> Result<models::Entitlement, crate::Error> {
        let path = ["/entitlements/", &crate::request::path_segment(&self.id)].concat();
        let mut request = self.client.request(reqwest::Method::PATCH, &path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        if let Some(value) = self.json_patch_operation {
            request = crate::request::with_json(
                "patchEntitlement",
                request,
                "application/json-patch+json",
                &value,
            )?;
        }
        let response = self.client.execute("patchEntitlement", request).await?;
        crate::request::json("patchEntitlement", response).await
    }
}

/// The request of [`EntitlementsApi::list_entitlement_parents`](EntitlementsApi::list_entitlement_parents): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListEntitlementParents<'a> {
    client: &'a crate::Client,
    id: String,
    limit: Option<i32>,
    offset: Option<i32>,
    count: Option<bool>,
    sorters: Option<String>,
    filters: Option<String>,
}

impl ListEntitlementParents<'_> {
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

    /// Sort results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#sorting-results)
    ///
    /// Sorting is supported for the following fields: **id, name, created, modified, type, attribute, value, source.id**
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
    pub fn filters(mut self, filters: impl Into<String>) -> Self {
        self.filters = Some(filters.into());
        self
    }

    /// Sends the request: `GET /entitlements/{id}/parents`.
    pub async fn send(self) -> Result<Vec<models::Entitlement>, crate::Error> {
        let path = [
            "/entitlements/",
            &crate::request::path_segment(&self.id),
            "/parents",
        ]
            .concat();
        let mut request = self.client.request(reqwest::Method::GET, &path);
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
        let response = self.client.execute("listEntitlementParents", request).await?;
        crate::request::json("listEntitlementParents", response).await
    }
}

/// The request of [`EntitlementsApi::list_entitlement_children`](EntitlementsApi::list_entitlement_children): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListEntitlementChildren<'a> {
    client: &'a crate::Client,
    id: String,
    limit: Option<i32>,
    offset: Option<i32>,
    count: Option<bool>,
    sorters: Option<String>,
    filters: Option<String>,
}

impl ListEntitlementChildren<'_> {
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

    /// Sort results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#sorting-results)
    ///
    /// Sorting is supported for the following fields: **id, name, created, modified, type, attribute, value, source.id**
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
    pub fn filters(mut self, filters: impl Into<String>) -> Self {
        self.filters = Some(filters.into());
        self
    }

    /// Sends the request: `GET /entitlements/{id}/children`.
    pub async fn send(self) -> Result<Vec<models::Entitlement>, crate::Error> {
        let path = [
            "/entitlements/",
            &crate::request::path_segment(&self.id),
            "/children",
        ]
            .concat();
        let mut request = self.client.request(reqwest::Method::GET, &path);
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
        let response = self.client.execute("listEntitlementChildren", request).await?;
        crate::request::json("listEntitlementChildren", response).await
    }
}

/// The request of [`EntitlementsApi::update_entitlements_in_bulk`](EntitlementsApi::update_entitlements_in_bulk): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpdateEntitlementsInBulk<'a> {
    client: &'a crate::Client,
    entitlement_bulk_update_request: models::EntitlementBulkUpdateRequest,
}

impl UpdateEntitlementsInBulk<'_> {
    /// Sends the request: `POST /entitlements/bulk-update`.
    pub async fn send(self) -> Result<(), crate::Error> {
        let path = "/entitlements/bulk-update";
        let mut request = self.client.request(reqwest::Method::POST, path);
        {
            let value = self.entitlement_bulk_update_request;
            request = crate::request::with_json(
                "updateEntitlementsInBulk",
                request,
                "application/json",
                &value,
            )?;
        }
        let response = self.client.execute("updateEntitlementsInBulk", request).await?;
        crate::request::empty("updateEntitlementsInBulk", response).await
    }
}

/// The request of [`EntitlementsApi::get_entitlement_request_config`](EntitlementsApi::get_entitlement_request_config): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetEntitlementRequestConfig<'a> {
    client: &'a crate::Client,
    id: String,
}

impl GetEntitlementRequestConfig<'_> {
    /// Sends the request: `GET /entitlements/{id}/entitlement-request-config`.
    pub async fn send(self) -> Result<models::EntitlementRequestConfig, crate::Error> {
        let path = [
            "/entitlements/",
            &crate::request::path_segment(&self.id),
            "/entitlement-request-config",
        ]
            .concat();
        let mut request = self.client.request(reqwest::Method::GET, &path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self
            .client
            .execute("getEntitlementRequestConfig", request)
            .await?;
        crate::request::json("getEntitlementRequestConfig", response).await
    }
}

/// The request of [`EntitlementsApi::put_entitlement_request_config`](EntitlementsApi::put_entitlement_request_config): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct PutEntitlementRequestConfig<'a> {
    client: &'a crate::Client,
    id: String,
    entitlement_request_config: models::EntitlementRequestConfig,
}

impl PutEntitlementRequestConfig<'_> {
    /// Sends the request: `PUT /entitlements/{id}/entitlement-request-config`.
    pub async fn send(self) -> Result<models::EntitlementRequestConfig, crate::Error> {
        let path = [
            "/entitlements/",
            &crate::request::path_segment(&self.id),
            "/entitlement-request-config",
        ]
            .concat();
        let mut request = self.client.request(reqwest::Method::PUT, &path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        {
            let value = self.entitlement_request_config;
            request = crate::request::with_json(
                "putEntitlementRequestConfig",
                request,
                "application/json",
                &value,
            )?;
        }
        let response = self
            .client
            .execute("putEntitlementRequestConfig", request)
            .await?;
        crate::request::json("putEntitlementRequestConfig", response).await
    }
}

/// The request of [`EntitlementsApi::reset_source_entitlements`](EntitlementsApi::reset_source_entitlements): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ResetSourceEntitlements<'a> {
    client: &'a crate::Client,
    source_id: String,
}

impl ResetSourceEntitlements<'_> {
    /// Sends the request: `POST /entitlements/reset/sources/{sourceId}`.
    pub async fn send(
        self,
    ) -> Result<models::EntitlementSourceResetBaseReferenceDto, crate::Error> {
        let path = [
            "/entitlements/reset/sources/",
            &crate::request::path_segment(&self.source_id),
        ]
            .concat();
        let mut request = self.client.request(reqwest::Method::POST, &path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self.client.execute("resetSourceEntitlements", request).await?;
        crate::request::json("resetSourceEntitlements", response).await
    }
}

/// The request of [`EntitlementsApi::create_access_model_metadata_for_entitlement`](EntitlementsApi::create_access_model_metadata_for_entitlement): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateAccessModelMetadataForEntitlement<'a> {
    client: &'a crate::Client,
    id: String,
    attribute_key: String,
    attribute_value: String,
}

impl CreateAccessModelMetadataForEntitlement<'_> {
    /// Sends the request: `POST /entitlements/{id}/access-model-metadata/{attributeKey}/values/{attributeValue}`.
    pub async fn send(self) -> Result<models::Entitlement, crate::Error> {
        let path = [
            "/entitlements/",
            &crate::request::path_segment(&self.id),
            "/access-model-metadata/",
            &crate::request::path_segment(&self.attribute_key),
            "/values/",
            &crate::request::path_segment(&self.attribute_value),
        ]
            .concat();
        let mut request = self.client.request(reqwest::Method::POST, &path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self
            .client
            .execute("createAccessModelMetadataForEntitlement", request)
            .await?;
        crate::request::json("createAccessModelMetadataForEntitlement", response).await
    }
}

/// The request of [`EntitlementsApi::delete_access_model_metadata_from_entitlement`](EntitlementsApi::delete_access_model_metadata_from_entitlement): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteAccessModelMetadataFromEntitlement<'a> {
    client: &'a crate::Client,
    id: String,
    attribute_key: String,
    attribute_value: String,
}

impl DeleteAccessModelMetadataFromEntitlement<'_> {
    /// Sends the request: `DELETE /entitlements/{id}/access-model-metadata/{attributeKey}/values/{attributeValue}`.
    pub async fn send(self) -> Result<(), crate::Error> {
        let path = [
            "/entitlements/",
            &crate::request::path_segment(&self.id),
            "/access-model-metadata/",
            &crate::request::path_segment(&self.attribute_key),
            "/values/",
            &crate::request::path_segment(&self.attribute_value),
        ]
            .concat();
        let request = self.client.request(reqwest::Method::DELETE, &path);
        let response = self
            .client
            .execute("deleteAccessModelMetadataFromEntitlement", request)
            .await?;
        crate::request::empty("deleteAccessModelMetadataFromEntitlement", response).await
    }
}

/// The request of [`EntitlementsApi::import_entitlements_by_source`](EntitlementsApi::import_entitlements_by_source): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ImportEntitlementsBySource<'a> {
    client: &'a crate::Client,
    id: String,
    import_entitlements_by_source_request: Option<
        models::ImportEntitlementsBySourceRequest,
    >,
}

impl ImportEntitlementsBySource<'_> {
    /// The request body.
    pub fn import_entitlements_by_source_request(
        mut self,
        import_entitlements_by_source_request: models::ImportEntitlementsBySourceRequest,
    ) -> Self {
        self.import_entitlements_by_source_request = Some(
            import_entitlements_by_source_request,
        );
        self
    }

    /// Sends the request: `POST /entitlements/aggregate/sources/{id}`.
    pub async fn send(self) -> Result<models::LoadEntitlementTask, crate::Error> {
        let path = [
            "/entitlements/aggregate/sources/",
            &crate::request::path_segment(&self.id),
        ]
            .concat();
        let mut request = self.client.request(reqwest::Method::POST, &path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        if let Some(value) = self.import_entitlements_by_source_request {
            request = request
                .multipart({
                    let mut form = reqwest::multipart::Form::new();
                    if let Some(part) = value.csv_file {
                        form = form
                            .part(
                                "csvFile",
                                reqwest::multipart::Part::bytes(part).file_name("csvFile"),
                            );
                    }
                    form
                });
        }
        let response = self.client.execute("importEntitlementsBySource", request).await?;
        crate::request::json("importEntitlementsBySource", response).await
    }
}
