//! Use this API to implement and customize identity profile functionality.
//! With this functionality in place, administrators can manage identity profiles and configure them for use by identities throughout Identity Security Cloud.
//!
//! Identity profiles represent the configurations that can be applied to identities as a way of granting them a set of security and access, as well as defining the mappings between their identity attributes and their source attributes.
//! This allows administrators to save time by applying identity profiles to any number of similar identities rather than configuring each one individually.
//!
//! In Identity Security Cloud, administrators can use the Identities drop-down menu and select Identity Profiles to view the list of identity profiles.
//! This list shows some details about each identity profile, along with its status. They can select an identity profile to view and modify its settings, its mappings between identity attributes and correlating source account attributes, and its provisioning settings.
//! Administrators can also use this page to create new identity profiles or delete existing ones.
//!
//! Refer to [Creating Identity Profiles](https://documentation.sailpoint.com/saas/help/setup/identity_profiles.html) for more information about identity profiles.

use crate::models;

/// The Identity Profiles operations: get them from [`Client::identity_profiles`](crate::Client::identity_profiles).
#[derive(Debug, Clone, Copy)]
pub struct IdentityProfilesApi<'a> {
    client: &'a crate::Client,
}

impl crate::Client {
    /// The Identity Profiles operations.
    pub fn identity_profiles(&self) -> IdentityProfilesApi<'_> {
        IdentityProfilesApi {
            client: self,
        }
    }
}

impl<'a> IdentityProfilesApi<'a> {
    /// List identity profiles
    ///
    /// Get a list of identity profiles, based on the specified query parameters.
    /// A token with ORG_ADMIN or API authority is required to call this API to get a list of Identity Profiles.
    ///
    /// `GET /identity-profiles` (`listIdentityProfiles`)
    pub fn list_identity_profiles(&self) -> ListIdentityProfiles<'a> {
        ListIdentityProfiles {
            client: self.client,
            limit: None,
            offset: None,
            count: None,
            filters: None,
            sorters: None,
        }
    }

    /// Create identity profile
    ///
    /// Create an identity profile.
    /// A token with ORG_ADMIN authority is required to call this API to create an Identity Profile.
    ///
    /// `POST /identity-profiles` (`createIdentityProfile`)
    pub fn create_identity_profile(
        &self,
        identity_profile: models::IdentityProfile,
    ) -> CreateIdentityProfile<'a> {
        CreateIdentityProfile {
            client: self.client,
            identity_profile,
        }
    }

    /// Delete identity profiles
    ///
    /// This deletes multiple Identity Profiles via a list of supplied IDs.
    ///
    /// On success, this endpoint will return a reference to the bulk delete task result.
    ///
    /// A token with ORG_ADMIN authority is required to call this API.
    ///
    /// The following rights are required to access this endpoint: idn:identity-profile:delete
    ///
    /// `POST /identity-profiles/bulk-delete` (`deleteIdentityProfiles`)
    pub fn delete_identity_profiles(
        &self,
        identity_profile_bulk_delete: models::IdentityProfileBulkDelete,
    ) -> DeleteIdentityProfiles<'a> {
        DeleteIdentityProfiles {
            client: self.client,
            identity_profile_bulk_delete,
        }
    }

    /// Export identity profiles
    ///
    /// This exports existing identity profiles in the format specified by the sp-config service.
    ///
    /// `GET /identity-profiles/export` (`exportIdentityProfiles`)
    pub fn export_identity_profiles(&self) -> ExportIdentityProfiles<'a> {
        ExportIdentityProfiles {
            client: self.client,
            limit: None,
            offset: None,
            count: None,
            filters: None,
            sorters: None,
        }
    }

    /// Import identity profiles
    ///
    /// This imports previously exported identity profiles.
    ///
    /// `POST /identity-profiles/import` (`importIdentityProfiles`)
    pub fn import_identity_profiles(
        &self,
        identity_profile_exported_object: Vec<models::IdentityProfileExportedObject>,
    ) -> ImportIdentityProfiles<'a> {
        ImportIdentityProfiles {
            client: self.client,
            identity_profile_exported_object,
        }
    }

    /// Generate identity profile preview
    ///
    /// Use this API to generate a non-persisted preview of the identity object after applying `IdentityAttributeConfig` sent in request body.
    /// This API only allows `accountAttribute`, `reference` and `rule` transform types in the `IdentityAttributeConfig` sent in the request body.
    /// A token with ORG_ADMIN authority is required to call this API to generate an identity preview.
    ///
    /// `POST /identity-profiles/identity-preview` (`showGenerateIdentityPreview`)
    pub fn show_generate_identity_preview(
        &self,
        identity_preview_request: models::IdentityPreviewRequest,
    ) -> ShowGenerateIdentityPreview<'a> {
        ShowGenerateIdentityPreview {
            client: self.client,
            identity_preview_request,
        }
    }

    /// Get identity profile
    ///
    /// Get a single identity profile by ID.
    /// A token with ORG_ADMIN or API authority is required to call this API.
    ///
    /// `GET /identity-profiles/{identity-profile-id}` (`getIdentityProfile`)
    pub fn get_identity_profile(
        &self,
        identity_profile_id: impl Into<String>,
    ) -> GetIdentityProfile<'a> {
        GetIdentityProfile {
            client: self.client,
            identity_profile_id: identity_profile_id.into(),
        }
    }

    /// Delete identity profile
    ///
    /// Delete an identity profile by ID.
    /// On success, this endpoint will return a reference to the bulk delete task result.
    /// A token with ORG_ADMIN authority is required to call this API.
    ///
    /// `DELETE /identity-profiles/{identity-profile-id}` (`deleteIdentityProfile`)
    pub fn delete_identity_profile(
        &self,
        identity_profile_id: impl Into<String>,
    ) -> DeleteIdentityProfile<'a> {
        DeleteIdentityProfile {
            client: self.client,
            identity_profile_id: identity_profile_id.into(),
        }
    }

    /// Update identity profile
    ///
    /// Update the specified identity profile with this PATCH request.
    /// A token with ORG_ADMIN authority is required to call this API to update the Identity Profile.
    /// These fields cannot be updated:
    /// * id
    /// * created
    /// * modified
    /// * identityCount
    /// * identityRefreshRequired
    /// * Authoritative Source and Identity Attribute Configuration cannot be modified at once.
    ///
    /// `PATCH /identity-profiles/{identity-profile-id}` (`updateIdentityProfile`)
    pub fn update_identity_profile(
        &self,
        identity_profile_id: impl Into<String>,
        json_patch_operation: Vec<models::JsonPatchOperation>,
    ) -> UpdateIdentityProfile<'a> {
        UpdateIdentityProfile {
            client: self.client,
            identity_profile_id: identity_profile_id.into(),
            json_patch_operation,
        }
    }

    /// Default identity attribute config
    ///
    /// This returns the default identity attribute config
    /// A token with ORG_ADMIN authority is required to call this API to get the default identity attribute config.
    ///
    /// `GET /identity-profiles/{identity-profile-id}/default-identity-attribute-config` (`getDefaultIdentityAttributeConfig`)
    pub fn get_default_identity_attribute_config(
        &self,
        identity_profile_id: impl Into<String>,
    ) -> GetDefaultIdentityAttributeConfig<'a> {
        GetDefaultIdentityAttributeConfig {
            client: self.client,
            identity_profile_id: identity_profile_id.into(),
        }
    }

    /// Process identities under profile
    ///
    /// Process identities under the profile
    /// This operation should not be used to schedule your own identity processing or to perform system wide identity refreshes. The system will use a combination of [event-based processing](https://documentation.sailpoint.com/saas/help/setup/identity_processing.html?h=process#event-based-processing) and [scheduled processing](https://documentation.sailpoint.com/saas/help/setup/identity_processing.html?h=process#scheduled-processing) that runs every day at 8:00 AM and 8:00 PM in the tenant's timezone to keep your identities synchronized.
    /// This should only be run on identity profiles that have the `identityRefreshRequired` attribute set to `true`. If `identityRefreshRequired` is false, then there is no benefit to running this operation. Typically, this operation is performed when a change is made to the identity profile or its related lifecycle states that requires a refresh.
    /// This operation will perform the following activities on all identities under the identity profile.
    /// 1. Updates identity attribute according to the identity profile mappings. 2. Determines the identity's correct manager through manager correlation. 3. Updates the identity's access according to their assigned lifecycle state. 4. Updates the identity's access based on role assignment criteria.
    ///    A token with ORG_ADMIN authority is required to call this API.
    ///
    /// `POST /identity-profiles/{identity-profile-id}/process-identities` (`syncIdentityProfile`)
    pub fn sync_identity_profile(
        &self,
        identity_profile_id: impl Into<String>,
    ) -> SyncIdentityProfile<'a> {
        SyncIdentityProfile {
            client: self.client,
            identity_profile_id: identity_profile_id.into(),
        }
    }
}

/// The request of [`IdentityProfilesApi::list_identity_profiles`](IdentityProfilesApi::list_identity_profiles): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListIdentityProfiles<'a> {
    client: &'a crate::Client,
    limit: Option<i32>,
    offset: Option<i32>,
    count: Option<bool>,
    filters: Option<String>,
    sorters: Option<String>,
}

impl ListIdentityProfiles<'_> {
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

    /// Filter results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#filtering-results)
    ///
    /// Filtering is supported for the following fields and operators:
    ///
    /// **id**: *eq, ne, ge, gt, in, le, sw*
    ///
    /// **name**: *eq, ne, ge, gt, in, le, sw*
    ///
    /// **priority**: *eq, ne*
    pub fn filters(mut self, filters: impl Into<String>) -> Self {
        self.filters = Some(filters.into());
        self
    }

    /// Sort results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#sorting-results)
    ///
    /// Sorting is supported for the following fields: **id, name, priority, created, modified, owner.id, owner.name**
    pub fn sorters(mut self, sorters: impl Into<String>) -> Self {
        self.sorters = Some(sorters.into());
        self
    }

    /// Sends the request: `GET /identity-profiles`.
    pub async fn send(self) -> Result<Vec<models::IdentityProfile>, crate::Error> {
        let path = "/identity-profiles";
        let mut request = self.client.request(reqwest::Method::GET, path);
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
        if let Some(value) = &self.filters {
            query.push(("filters", value.clone()));
        }
        if let Some(value) = &self.sorters {
            query.push(("sorters", value.clone()));
        }
        request = request.query(&query);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self.client.execute("listIdentityProfiles", request).await?;
        crate::request::json("listIdentityProfiles", response).await
    }
}

/// The request of [`IdentityProfilesApi::create_identity_profile`](IdentityProfilesApi::create_identity_profile): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateIdentityProfile<'a> {
    client: &'a crate::Client,
    identity_profile: models::IdentityProfile,
}

impl CreateIdentityProfile<'_> {
    /// Sends the request: `POST /identity-profiles`.
    pub async fn send(self) -> Result<models::IdentityProfile, crate::Error> {
        let path = "/identity-profiles";
        let mut request = self.client.request(reqwest::Method::POST, path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        {
            let value = self.identity_profile;
            request = crate::request::with_json(
                "createIdentityProfile",
                request,
                "application/json",
                &value,
            )?;
        }
        let response = self.client.execute("createIdentityProfile", request).await?;
        crate::request::json("createIdentityProfile", response).await
    }
}

/// The request of [`IdentityProfilesApi::delete_identity_profiles`](IdentityProfilesApi::delete_identity_profiles): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteIdentityProfiles<'a> {
    client: &'a crate::Client,
    identity_profile_bulk_delete: models::IdentityProfileBulkDelete,
}

impl DeleteIdentityProfiles<'_> {
    /// Sends the request: `POST /identity-profiles/bulk-delete`.
    pub async fn send(self) -> Result<models::TaskResultSimplified, crate::Error> {
        let path = "/identity-profiles/bulk-delete";
        let mut request = self.client.request(reqwest::Method::POST, path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        {
            let value = self.identity_profile_bulk_delete;
            request = crate::request::with_json(
                "deleteIdentityProfiles",
                request,
                "application/json",
                &value,
            )?;
        }
        let response = self.client.execute("deleteIdentityProfiles", request).await?;
        crate::request::json("deleteIdentityProfiles", response).await
    }
}

/// The request of [`IdentityProfilesApi::export_identity_profiles`](IdentityProfilesApi::export_identity_profiles): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ExportIdentityProfiles<'a> {
    client: &'a crate::Client,
    limit: Option<i32>,
    offset: Option<i32>,
    count: Option<bool>,
    filters: Option<String>,
    sorters: Option<String>,
}

impl ExportIdentityProfiles<'_> {
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

    /// Filter results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#filtering-results)
    ///
    /// Filtering is supported for the following fields and operators:
    ///
    /// **id**: *eq, ne*
    ///
    /// **name**: *eq, ne*
    ///
    /// **priority**: *eq, ne*
    pub fn filters(mut self, filters: impl Into<String>) -> Self {
        self.filters = Some(filters.into());
        self
    }

    /// Sort results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#sorting-results)
    ///
    /// Sorting is supported for the following fields: **id, name, priority**
    pub fn sorters(mut self, sorters: impl Into<String>) -> Self {
        self.sorters = Some(sorters.into());
        self
    }

    /// Sends the request: `GET /identity-profiles/export`.
    pub async fn send(
        self,
    ) -> Result<Vec<models::IdentityProfileExportedObject>, crate::Error> {
        let path = "/identity-profiles/export";
        let mut request = self.client.request(reqwest::Method::GET, path);
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
        if let Some(value) = &self.filters {
            query.push(("filters", value.clone()));
        }
        if let Some(value) = &self.sorters {
            query.push(("sorters", value.clone()));
        }
        request = request.query(&query);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self.client.execute("exportIdentityProfiles", request).await?;
        crate::request::json("exportIdentityProfiles", response).await
    }
}

/// The request of [`IdentityProfilesApi::import_identity_profiles`](IdentityProfilesApi::import_identity_profiles): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ImportIdentityProfiles<'a> {
    client: &'a crate::Client,
    identity_profile_exported_object: Vec<models::IdentityProfileExportedObject>,
}

impl ImportIdentityProfiles<'_> {
    /// Sends the request: `POST /identity-profiles/import`.
    pub async fn send(self) -> Result<models::ObjectImportResult, crate::Error> {
        let path = "/identity-profiles/import";
        let mut request = self.client.request(reqwest::Method::POST, path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        {
            let value = self.identity_profile_exported_object;
            request = crate::request::with_json(
                "importIdentityProfiles",
                request,
                "application/json",
                &value,
            )?;
        }
        let response = self.client.execute("importIdentityProfiles", request).await?;
        crate::request::json("importIdentityProfiles", response).await
    }
}

/// The request of [`IdentityProfilesApi::show_generate_identity_preview`](IdentityProfilesApi::show_generate_identity_preview): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ShowGenerateIdentityPreview<'a> {
    client: &'a crate::Client,
    identity_preview_request: models::IdentityPreviewRequest,
}

impl ShowGenerateIdentityPreview<'_> {
    /// Sends the request: `POST /identity-profiles/identity-preview`.
    pub async fn send(self) -> Result<models::IdentityPreviewResponse, crate::Error> {
        let path = "/identity-profiles/identity-preview";
        let mut request = self.client.request(reqwest::Method::POST, path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        {
            let value = self.identity_preview_request;
            request = crate::request::with_json(
                "showGenerateIdentityPreview",
                request,
                "application/json",
                &value,
            )?;
        }
        let response = self
            .client
            .execute("showGenerateIdentityPreview", request)
            .await?;
        crate::request::json("showGenerateIdentityPreview", response).await
    }
}

/// The request of [`IdentityProfilesApi::get_identity_profile`](IdentityProfilesApi::get_identity_profile): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetIdentityProfile<'a> {
    client: &'a crate::Client,
    identity_profile_id: String,
}

impl GetIdentityProfile<'_> {
    /// Sends the request: `GET /identity-profiles/{identity-profile-id}`.
    pub async fn send(self) -> Result<models::IdentityProfile, crate::Error> {
        let path = [
            "/identity-profiles/",
            &crate::request::path_segment(&self.identity_profile_id),
        ]
            .concat();
        let mut request = self.client.request(reqwest::Method::GET, &path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self.client.execute("getIdentityProfile", request).await?;
        crate::request::json("getIdentityProfile", response).await
    }
}

/// The request of [`IdentityProfilesApi::delete_identity_profile`](IdentityProfilesApi::delete_identity_profile): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteIdentityProfile<'a> {
    client: &'a crate::Client,
    identity_profile_id: String,
}

impl DeleteIdentityProfile<'_> {
    /// Sends the request: `DELETE /identity-profiles/{identity-profile-id}`.
    pub async fn send(self) -> Result<models::TaskResultSimplified, crate::Error> {
        let path = [
            "/identity-profiles/",
            &crate::request::path_segment(&self.identity_profile_id),
        ]
            .concat();
        let mut request = self.client.request(reqwest::Method::DELETE, &path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self.client.execute("deleteIdentityProfile", request).await?;
        crate::request::json("deleteIdentityProfile", response).await
    }
}

/// The request of [`IdentityProfilesApi::update_identity_profile`](IdentityProfilesApi::update_identity_profile): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpdateIdentityProfile<'a> {
    client: &'a crate::Client,
    identity_profile_id: String,
    json_patch_operation: Vec<models::JsonPatchOperation>,
}

impl UpdateIdentityProfile<'_> {
    /// Sends the request: `PATCH /identity-profiles/{identity-profile-id}`.
    pub async fn send(self) -> Result<models::IdentityProfile, crate::Error> {
        let path = [
            "/identity-profiles/",
            &crate::request::path_segment(&self.identity_profile_id),
        ]
            .concat();
        let mut request = self.client.request(reqwest::Method::PATCH, &path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        {
            let value = self.json_patch_operation;
            request = crate::request::with_json(
                "updateIdentityProfile",
                request,
                "application/json-patch+json",
                &value,
            )?;
        }
        let response = self.client.execute("updateIdentityProfile", request).await?;
        crate::request::json("updateIdentityProfile", response).await
    }
}

/// The request of [`IdentityProfilesApi::get_default_identity_attribute_config`](IdentityProfilesApi::get_default_identity_attribute_config): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetDefaultIdentityAttributeConfig<'a> {
    client: &'a crate::Client,
    identity_profile_id: String,
}

impl GetDefaultIdentityAttributeConfig<'_> {
    /// Sends the request: `GET /identity-profiles/{identity-profile-id}/default-identity-attribute-config`.
    pub async fn send(self) -> Result<models::IdentityAttributeConfig, crate::Error> {
        let path = [
            "/identity-profiles/",
            &crate::request::path_segment(&self.identity_profile_id),
            "/default-identity-attribute-config",
        ]
            .concat();
        let mut request = self.client.request(reqwest::Method::GET, &path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self
            .client
            .execute("getDefaultIdentityAttributeConfig", request)
            .await?;
        crate::request::json("getDefaultIdentityAttributeConfig", response).await
    }
}

/// The request of [`IdentityProfilesApi::sync_identity_profile`](IdentityProfilesApi::sync_identity_profile): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct SyncIdentityProfile<'a> {
    client: &'a crate::Client,
    identity_profile_id: String,
}

impl SyncIdentityProfile<'_> {
    /// Sends the request: `POST /identity-profiles/{identity-profile-id}/process-identities`.
    pub async fn send(
        self,
    ) -> Result<serde_json::Map<String, serde_json::Value>, crate::Error> {
        let path = [
            "/identity-profiles/",
            &crate::request::path_segment(&self.identity_profile_id),
            "/process-identities",
        ]
            .concat();
        let mut request = self.client.request(reqwest::Method::POST, &path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self.client.execute("syncIdentityProfile", request).await?;
        crate::request::json("syncIdentityProfile", response).await
    }
}
