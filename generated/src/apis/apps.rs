//! Use this API to implement source application functionality.
//! With this functionality in place, you can create, customize, and manage applications within sources.

use crate::models;

/// The Apps operations: get them from [`Client::apps`](crate::Client::apps).
#[derive(Debug, Clone, Copy)]
pub struct AppsApi<'a> {
    client: &'a crate::Client,
}

impl crate::Client {
    /// The Apps operations.
    pub fn apps(&self) -> AppsApi<'_> {
        AppsApi { client: self }
    }
}

impl<'a> AppsApi<'a> {
    /// Get source app by id
    ///
    /// This API returns a source app by its ID.
    ///
    /// `GET /source-apps/{id}` (`getSourceApp`)
    pub fn get_source_app(&self, id: impl Into<String>) -> GetSourceApp<'a> {
        GetSourceApp {
            client: self.client,
            id: id.into(),
        }
    }

    /// Delete source app by id
    ///
    /// Use this API to delete a specific source app
    ///
    /// `DELETE /source-apps/{id}` (`deleteSourceApp`)
    pub fn delete_source_app(&self, id: impl Into<String>) -> DeleteSourceApp<'a> {
        DeleteSourceApp {
            client: self.client,
            id: id.into(),
        }
    }

    /// Patch source app by id
    ///
    /// This API updates an existing source app using [JSON Patch](https://tools.ietf.org/html/rfc6902) syntax.
    /// The following fields are patchable: **name**, **description**, **enabled**, **owner**, **provisionRequestEnabled**, **appCenterEnabled**, **accountSource**,  **matchAllAccounts** and **accessProfiles**.
    /// Name, description and owner can't be empty or null.
    ///
    /// `PATCH /source-apps/{id}` (`patchSourceApp`)
    pub fn patch_source_app(&self, id: impl Into<String>) -> PatchSourceApp<'a> {
        PatchSourceApp {
            client: self.client,
            id: id.into(),
            json_patch_operation: None,
        }
    }

    /// Bulk update source apps
    ///
    /// This API updates source apps using [JSON Patch](https://tools.ietf.org/html/rfc6902) syntax.  It can update up to 50 source apps in a batch.
    /// The following fields can be updated: **name**, **description**, **enabled**, **owner**, **provisionRequestEnabled**, **appCenterEnabled**, **accountSource**,  **matchAllAccounts**, and **accessProfiles**.
    /// Name, description and owner can't be empty or null.
    ///
    /// `POST /source-apps/bulk-update` (`updateSourceAppsInBulk`)
    pub fn update_source_apps_in_bulk(&self) -> UpdateSourceAppsInBulk<'a> {
        UpdateSourceAppsInBulk {
            client: self.client,
            source_app_bulk_update_request: None,
        }
    }

    /// List assigned source apps
    ///
    /// This API returns the list of source apps assigned for logged in user.
    ///
    /// `GET /source-apps/assigned` (`listAssignedSourceApp`)
    pub fn list_assigned_source_app(&self) -> ListAssignedSourceApp<'a> {
        ListAssignedSourceApp {
            client: self.client,
            limit: None,
            count: None,
            offset: None,
            sorters: None,
            filters: None,
        }
    }

    /// List available source apps
    ///
    /// This API returns the list of source apps available for access request.
    ///
    /// `GET /source-apps` (`listAvailableSourceApps`)
    pub fn list_available_source_apps(&self) -> ListAvailableSourceApps<'a> {
        ListAvailableSourceApps {
            client: self.client,
            limit: None,
            count: None,
            offset: None,
            sorters: None,
            filters: None,
        }
    }

    /// Create source app
    ///
    /// This endpoint creates a source app using the given source app payload
    ///
    /// `POST /source-apps` (`createSourceApp`)
    pub fn create_source_app(
        &self,
        source_app_create_dto: models::SourceAppCreateDto,
    ) -> CreateSourceApp<'a> {
        CreateSourceApp {
            client: self.client,
            source_app_create_dto,
        }
    }

    /// List all source apps
    ///
    /// This API returns the list of all source apps for the org.
    ///
    /// A token with ORG_ADMIN authority is required to call this API.
    ///
    /// `GET /source-apps/all` (`listAllSourceApp`)
    pub fn list_all_source_app(&self) -> ListAllSourceApp<'a> {
        ListAllSourceApp {
            client: self.client,
            limit: None,
            count: None,
            offset: None,
            sorters: None,
            filters: None,
        }
    }

    /// List access profiles for the specified source app
    ///
    /// This API returns the list of access profiles for the specified source app
    ///
    /// `GET /source-apps/{id}/access-profiles` (`listAccessProfilesForSourceApp`)
    pub fn list_access_profiles_for_source_app(
        &self,
        id: impl Into<String>,
    ) -> ListAccessProfilesForSourceApp<'a> {
        ListAccessProfilesForSourceApp {
            client: self.client,
            id: id.into(),
            limit: None,
            offset: None,
            filters: None,
        }
    }

    /// Bulk remove access profiles from the specified source app
    ///
    /// This API returns the final list of access profiles for the specified source app after removing
    ///
    /// `POST /source-apps/{id}/access-profiles/bulk-remove` (`deleteAccessProfilesFromSourceAppByBulk`)
    pub fn delete_access_profiles_from_source_app_by_bulk(
        &self,
        id: impl Into<String>,
        body: Vec<String>,
    ) -> DeleteAccessProfilesFromSourceAppByBulk<'a> {
        DeleteAccessProfilesFromSourceAppByBulk {
            client: self.client,
            id: id.into(),
            limit: None,
            body,
        }
    }

    /// Patch user app by id
    ///
    /// This API updates an existing user app using [JSON Patch](https://tools.ietf.org/html/rfc6902) syntax.
    /// The following fields are patchable: **account**
    ///
    /// `PATCH /user-apps/{id}` (`patchUserApp`)
    pub fn patch_user_app(&self, id: impl Into<String>) -> PatchUserApp<'a> {
        PatchUserApp {
            client: self.client,
            id: id.into(),
            json_patch_operation: None,
        }
    }

    /// List available accounts for user app
    ///
    /// This API returns the list of available accounts for the specified user app. The user app needs to belong lo logged in user.
    ///
    /// `GET /user-apps/{id}/available-accounts` (`listAvailableAccountsForUserApp`)
    pub fn list_available_accounts_for_user_app(
        &self,
        id: impl Into<String>,
    ) -> ListAvailableAccountsForUserApp<'a> {
        ListAvailableAccountsForUserApp {
            client: self.client,
            id: id.into(),
            limit: None,
            count: None,
            offset: None,
        }
    }

    /// List owned user apps
    ///
    /// This API returns the list of user apps assigned to logged in user
    ///
    /// `GET /user-apps` (`listOwnedUserApps`)
    pub fn list_owned_user_apps(&self) -> ListOwnedUserApps<'a> {
        ListOwnedUserApps {
            client: self.client,
            limit: None,
            count: None,
            offset: None,
            filters: None,
        }
    }

    /// List all user apps
    ///
    /// This API returns the list of all user apps with specified filters.
    /// This API must be used with **filters** query parameter.
    ///
    /// `GET /user-apps/all` (`listAllUserApps`)
    pub fn list_all_user_apps(&self, filters: impl Into<String>) -> ListAllUserApps<'a> {
        ListAllUserApps {
            client: self.client,
            limit: None,
            count: None,
            offset: None,
            filters: filters.into(),
        }
    }
}

/// The request of [`AppsApi::get_source_app`](AppsApi::get_source_app): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetSourceApp<'a> {
    client: &'a crate::Client,
    id: String,
}

impl GetSourceApp<'_> {
    /// Sends the request: `GET /source-apps/{id}`.
    pub async fn send(self) -> Result<models::SourceApp, crate::Error> {
        let path = ["/source-apps/", &crate::request::path_segment(&self.id)].concat();
        let mut request = self.client.request(reqwest::Method::GET, &path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self.client.execute("getSourceApp", request).await?;
        crate::request::json("getSourceApp", response).await
    }
}

/// The request of [`AppsApi::delete_source_app`](AppsApi::delete_source_app): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteSourceApp<'a> {
    client: &'a crate::Client,
    id: String,
}

impl DeleteSourceApp<'_> {
    /// Sends the request: `DELETE /source-apps/{id}`.
    pub async fn send(self) -> Result<models::SourceApp, crate::Error> {
        let path = ["/source-apps/", &crate::request::path_segment(&self.id)].concat();
        let mut request = self.client.request(reqwest::Method::DELETE, &path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self.client.execute("deleteSourceApp", request).await?;
        crate::request::json("deleteSourceApp", response).await
    }
}

/// The request of [`AppsApi::patch_source_app`](AppsApi::patch_source_app): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct PatchSourceApp<'a> {
    client: &'a crate::Client,
    id: String,
    json_patch_operation: Option<Vec<models::JsonPatchOperation>>,
}

impl PatchSourceApp<'_> {
    /// The request body.
    pub fn json_patch_operation(
        mut self,
        json_patch_operation: Vec<models::JsonPatchOperation>,
    ) -> Self {
        self.json_patch_operation = Some(json_patch_operation);
        self
    }

    /// Sends the request: `PATCH /source-apps/{id}`.
    pub async fn send(self) -> Result<models::SourceAppPatchDto, crate::Error> {
        let path = ["/source-apps/", &crate::request::path_segment(&self.id)].concat();
        let mut request = self.client.request(reqwest::Method::PATCH, &path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        if let Some(value) = self.json_patch_operation {
            request = crate::request::with_json(
                "patchSourceApp",
                request,
                "application/json-patch+json",
                &value,
            )?;
        }
        let response = self.client.execute("patchSourceApp", request).await?;
        crate::request::json("patchSourceApp", response).await
    }
}

/// The request of [`AppsApi::update_source_apps_in_bulk`](AppsApi::update_source_apps_in_bulk): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpdateSourceAppsInBulk<'a> {
    client: &'a crate::Client,
    source_app_bulk_update_request: Option<models::SourceAppBulkUpdateRequest>,
}

impl UpdateSourceAppsInBulk<'_> {
    /// The request body.
    pub fn source_app_bulk_update_request(
        mut self,
        source_app_bulk_update_request: models::SourceAppBulkUpdateRequest,
    ) -> Self {
        self.source_app_bulk_update_request = Some(source_app_bulk_update_request);
        self
    }

    /// Sends the request: `POST /source-apps/bulk-update`.
    pub async fn send(self) -> Result<(), crate::Error> {
        let path = "/source-apps/bulk-update";
        let mut request = self.client.request(reqwest::Method::POST, path);
        if let Some(value) = self.source_app_bulk_update_request {
            request = crate::request::with_json(
                "updateSourceAppsInBulk",
                request,
                "application/json",
                &value,
            )?;
        }
        let response = self.client.execute("updateSourceAppsInBulk", request).await?;
        crate::request::empty("updateSourceAppsInBulk", response).await
    }
}

/// The request of [`AppsApi::list_assigned_source_app`](AppsApi::list_assigned_source_app): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListAssignedSourceApp<'a> {
    client: &'a crate::Client,
    limit: Option<i32>,
    count: Option<bool>,
    offset: Option<i32>,
    sorters: Option<String>,
    filters: Option<String>,
}

impl ListAssignedSourceApp<'_> {
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

    /// Offset into the full result set. Usually specified with *limit* to paginate through the results.
    /// See [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters) for more information.
    ///
    /// The server's default: `0`.
    pub fn offset(mut self, offset: i32) -> Self {
        self.offset = Some(offset);
        self
    }

    /// Sort results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#sorting-results)
    ///
    /// Sorting is supported for the following fields: **id, name, created, modified, accountSource.id**
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
    /// **name**: *eq, in, co, sw*
    ///
    /// **created**: *gt, lt, ge, le*
    ///
    /// **modified**: *gt, lt, ge, le*
    ///
    /// **accountSource.id**: *eq, in*
    pub fn filters(mut self, filters: impl Into<String>) -> Self {
        self.filters = Some(filters.into());
        self
    }

    /// Sends the request: `GET /source-apps/assigned`.
    pub async fn send(self) -> Result<Vec<models::SourceApp>, crate::Error> {
        let path = "/source-apps/assigned";
        let mut request = self.client.request(reqwest::Method::GET, path);
        let mut query: Vec<(&str, String)> = Vec::new();
        if let Some(value) = &self.limit {
            query.push(("limit", value.to_string()));
        }
        if let Some(value) = &self.count {
            query.push(("count", value.to_string()));
        }
        if let Some(value) = &self.offset {
            query.push(("offset", value.to_string()));
        }
        if let Some(value) = &self.sorters {
            query.push(("sorters", value.clone()));
        }
        if let Some(value) = &self.filters {
            query.push(("filters", value.clone()));
        }
        request = request.query(&query);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self.client.execute("listAssignedSourceApp", request).await?;
        crate::request::json("listAssignedSourceApp", response).await
    }
}

/// The request of [`AppsApi::list_available_source_apps`](AppsApi::list_available_source_apps): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListAvailableSourceApps<'a> {
    client: &'a crate::Client,
    limit: Option<i32>,
    count: Option<bool>,
    offset: Option<i32>,
    sorters: Option<String>,
    filters: Option<String>,
}

impl ListAvailableSourceApps<'_> {
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

    /// Offset into the full result set. Usually specified with *limit* to paginate through the results.
    /// See [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters) for more information.
    ///
    /// The server's default: `0`.
    pub fn offset(mut self, offset: i32) -> Self {
        self.offset = Some(offset);
        self
    }

    /// Sort results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#sorting-results)
    ///
    /// Sorting is supported for the following fields: **id, name, created, modified, owner.id, accountSource.id**
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
    /// **name**: *eq, in, co, sw*
    ///
    /// **created**: *gt, lt, ge, le*
    ///
    /// **modified**: *gt, lt, ge, le*
    ///
    /// **accountSource.id**: *eq, in*
    pub fn filters(mut self, filters: impl Into<String>) -> Self {
        self.filters = Some(filters.into());
        self
    }

    /// Sends the request: `GET /source-apps`.
    pub async fn send(self) -> Result<Vec<models::SourceApp>, crate::Error> {
        let path = "/source-apps";
        let mut request = self.client.request(reqwest::Method::GET, path);
        let mut query: Vec<(&str, String)> = Vec::new();
        if let Some(value) = &self.limit {
            query.push(("limit", value.to_string()));
        }
        if let Some(value) = &self.count {
            query.push(("count", value.to_string()));
        }
        if let Some(value) = &self.offset {
            query.push(("offset", value.to_string()));
        }
        if let Some(value) = &self.sorters {
            query.push(("sorters", value.clone()));
        }
        if let Some(value) = &self.filters {
            query.push(("filters", value.clone()));
        }
        request = request.query(&query);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self.client.execute("listAvailableSourceApps", request).await?;
        crate::request::json("listAvailableSourceApps", response).await
    }
}

/// The request of [`AppsApi::create_source_app`](AppsApi::create_source_app): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateSourceApp<'a> {
    client: &'a crate::Client,
    source_app_create_dto: models::SourceAppCreateDto,
}

impl CreateSourceApp<'_> {
    /// Sends the request: `POST /source-apps`.
    pub async fn send(self) -> Result<models::SourceApp, crate::Error> {
        let path = "/source-apps";
        let mut request = self.client.request(reqwest::Method::POST, path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        {
            let value = self.source_app_create_dto;
            request = crate::request::with_json(
                "createSourceApp",
                request,
                "application/json",
                &value,
            )?;
        }
        let response = self.client.execute("createSourceApp", request).await?;
        crate::request::json("createSourceApp", response).await
    }
}

/// The request of [`AppsApi::list_all_source_app`](AppsApi::list_all_source_app): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListAllSourceApp<'a> {
    client: &'a crate::Client,
    limit: Option<i32>,
    count: Option<bool>,
    offset: Option<i32>,
    sorters: Option<String>,
    filters: Option<String>,
}

impl ListAllSourceApp<'_> {
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

    /// Offset into the full result set. Usually specified with *limit* to paginate through the results.
    /// See [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters) for more information.
    ///
    /// The server's default: `0`.
    pub fn offset(mut self, offset: i32) -> Self {
        self.offset = Some(offset);
        self
    }

    /// Sort results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#sorting-results)
    ///
    /// Sorting is supported for the following fields: **id, name, created, modified, owner.id, accountSource.id**
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
    /// **name**: *eq, in, co, sw*
    ///
    /// **created**: *gt, lt, ge, le*
    ///
    /// **modified**: *gt, ge, le*
    ///
    /// **owner.id**: *eq, in*
    ///
    /// **enabled**: *eq*
    pub fn filters(mut self, filters: impl Into<String>) -> Self {
        self.filters = Some(filters.into());
        self
    }

    /// Sends the request: `GET /source-apps/all`.
    pub async fn send(self) -> Result<Vec<models::SourceApp>, crate::Error> {
        let path = "/source-apps/all";
        let mut request = self.client.request(reqwest::Method::GET, path);
        let mut query: Vec<(&str, String)> = Vec::new();
        if let Some(value) = &self.limit {
            query.push(("limit", value.to_string()));
        }
        if let Some(value) = &self.count {
            query.push(("count", value.to_string()));
        }
        if let Some(value) = &self.offset {
            query.push(("offset", value.to_string()));
        }
        if let Some(value) = &self.sorters {
            query.push(("sorters", value.clone()));
        }
        if let Some(value) = &self.filters {
            query.push(("filters", value.clone()));
        }
        request = request.query(&query);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self.client.execute("listAllSourceApp", request).await?;
        crate::request::json("listAllSourceApp", response).await
    }
}

/// The request of [`AppsApi::list_access_profiles_for_source_app`](AppsApi::list_access_profiles_for_source_app): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListAccessProfilesForSourceApp<'a> {
    client: &'a crate::Client,
    id: String,
    limit: Option<i32>,
    offset: Option<i32>,
    filters: Option<String>,
}

impl ListAccessProfilesForSourceApp<'_> {
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

    /// Filter results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#filtering-results)
    ///
    /// Filtering is supported for the following fields and operators:
    ///
    /// **id**: *eq, in*
    ///
    /// **name**: *eq, in*
    ///
    /// **created**: *gt, lt, ge, le*
    ///
    /// **modified**: *gt, lt, ge, le*
    pub fn filters(mut self, filters: impl Into<String>) -> Self {
        self.filters = Some(filters.into());
        self
    }

    /// Sends the request: `GET /source-apps/{id}/access-profiles`.
    pub async fn send(self) -> Result<Vec<models::AccessProfileDetails>, crate::Error> {
        let path = [
            "/source-apps/",
            &crate::request::path_segment(&self.id),
            "/access-profiles",
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
        if let Some(value) = &self.filters {
            query.push(("filters", value.clone()));
        }
        request = request.query(&query);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self
            .client
            .execute("listAccessProfilesForSourceApp", request)
            .await?;
        crate::request::json("listAccessProfilesForSourceApp", response).await
    }
}

/// The request of [`AppsApi::delete_access_profiles_from_source_app_by_bulk`](AppsApi::delete_access_profiles_from_source_app_by_bulk): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteAccessProfilesFromSourceAppByBulk<'a> {
    client: &'a crate::Client,
    id: String,
    limit: Option<i32>,
    body: Vec<String>,
}

impl DeleteAccessProfilesFromSourceAppByBulk<'_> {
    /// Max number of results to return.
    /// See [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters) for more information.
    ///
    /// The server's default: `250`.
    pub fn limit(mut self, limit: i32) -> Self {
        self.limit = Some(limit);
        self
    }

    /// Sends the request: `POST /source-apps/{id}/access-profiles/bulk-remove`.
    pub async fn send(self) -> Result<Vec<models::AccessProfileDetails>, crate::Error> {
        let path = [
            "/source-apps/",
            &crate::request::path_segment(&self.id),
            "/access-profiles/bulk-remove",
        ]
            .concat();
        let mut request = self.client.request(reqwest::Method::POST, &path);
        let mut query: Vec<(&str, String)> = Vec::new();
        if let Some(value) = &self.limit {
            query.push(("limit", value.to_string()));
        }
        request = request.query(&query);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        {
            let value = self.body;
            request = crate::request::with_json(
                "deleteAccessProfilesFromSourceAppByBulk",
                request,
                "application/json",
                &value,
            )?;
        }
        let response = self
            .client
            .execute("deleteAccessProfilesFromSourceAppByBulk", request)
            .await?;
        crate::request::json("deleteAccessProfilesFromSourceAppByBulk", response).await
    }
}

/// The request of [`AppsApi::patch_user_app`](AppsApi::patch_user_app): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct PatchUserApp<'a> {
    client: &'a crate::Client,
    id: String,
    json_patch_operation: Option<Vec<models::JsonPatchOperation>>,
}

impl PatchUserApp<'_> {
    /// The request body.
    pub fn json_patch_operation(
        mut self,
        json_patch_operation: Vec<models::JsonPatchOperation>,
    ) -> Self {
        self.json_patch_operation = Some(json_patch_operation);
        self
    }

    /// Sends the request: `PATCH /user-apps/{id}`.
    pub async fn send(self) -> Result<models::UserApp, crate::Error> {
        let path = ["/user-apps/", &crate::request::path_segment(&self.id)].concat();
        let mut request = self.client.request(reqwest::Method::PATCH, &path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        if let Some(value) = self.json_patch_operation {
            request = crate::request::with_json(
                "patchUserApp",
                request,
                "application/json-patch+json",
                &value,
            )?;
        }
        let response = self.client.execute("patchUserApp", request).await?;
        crate::request::json("patchUserApp", response).await
    }
}

/// The request of [`AppsApi::list_available_accounts_for_user_app`](AppsApi::list_available_accounts_for_user_app): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListAvailableAccountsForUserApp<'a> {
    client: &'a crate::Client,
    id: String,
    limit: Option<i32>,
    count: Option<bool>,
    offset: Option<i32>,
}

impl ListAvailableAccountsForUserApp<'_> {
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

    /// Offset into the full result set. Usually specified with *limit* to paginate through the results.
    /// See [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters) for more information.
    ///
    /// The server's default: `0`.
    pub fn offset(mut self, offset: i32) -> Self {
        self.offset = Some(offset);
        self
    }

    /// Sends the request: `GET /user-apps/{id}/available-accounts`.
    pub async fn send(self) -> Result<Vec<models::AppAccountDetails>, crate::Error> {
        let path = [
            "/user-apps/",
            &crate::request::path_segment(&self.id),
            "/available-accounts",
        ]
            .concat();
        let mut request = self.client.request(reqwest::Method::GET, &path);
        let mut query: Vec<(&str, String)> = Vec::new();
        if let Some(value) = &self.limit {
            query.push(("limit", value.to_string()));
        }
        if let Some(value) = &self.count {
            query.push(("count", value.to_string()));
        }
        if let Some(value) = &self.offset {
            query.push(("offset", value.to_string()));
        }
        request = request.query(&query);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self
            .client
            .execute("listAvailableAccountsForUserApp", request)
            .await?;
        crate::request::json("listAvailableAccountsForUserApp", response).await
    }
}

/// The request of [`AppsApi::list_owned_user_apps`](AppsApi::list_owned_user_apps): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListOwnedUserApps<'a> {
    client: &'a crate::Client,
    limit: Option<i32>,
    count: Option<bool>,
    offset: Option<i32>,
    filters: Option<String>,
}

impl ListOwnedUserApps<'_> {
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

    /// Offset into the full result set. Usually specified with *limit* to paginate through the results.
    /// See [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters) for more information.
    ///
    /// The server's default: `0`.
    pub fn offset(mut self, offset: i32) -> Self {
        self.offset = Some(offset);
        self
    }

    /// Filter results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#filtering-results)
    ///
    /// Filtering is supported for the following fields and operators:
    ///
    /// **id**: *eq*
    ///
    /// **ownerName**: *eq, sw*
    ///
    /// **ownerAlias**: *eq, sw*
    ///
    /// **accountId**: *eq*
    ///
    /// **sourceAppId**: *eq*
    pub fn filters(mut self, filters: impl Into<String>) -> Self {
        self.filters = Some(filters.into());
        self
    }

    /// Sends the request: `GET /user-apps`.
    pub async fn send(self) -> Result<Vec<models::UserApp>, crate::Error> {
        let path = "/user-apps";
        let mut request = self.client.request(reqwest::Method::GET, path);
        let mut query: Vec<(&str, String)> = Vec::new();
        if let Some(value) = &self.limit {
            query.push(("limit", value.to_string()));
        }
        if let Some(value) = &self.count {
            query.push(("count", value.to_string()));
        }
        if let Some(value) = &self.offset {
            query.push(("offset", value.to_string()));
        }
        if let Some(value) = &self.filters {
            query.push(("filters", value.clone()));
        }
        request = request.query(&query);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self.client.execute("listOwnedUserApps", request).await?;
        crate::request::json("listOwnedUserApps", response).await
    }
}

/// The request of [`AppsApi::list_all_user_apps`](AppsApi::list_all_user_apps): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListAllUserApps<'a> {
    client: &'a crate::Client,
    limit: Option<i32>,
    count: Option<bool>,
    offset: Option<i32>,
    filters: String,
}

impl ListAllUserApps<'_> {
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

    /// Offset into the full result set. Usually specified with *limit* to paginate through the results.
    /// See [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters) for more information.
    ///
    /// The server's default: `0`.
    pub fn offset(mut self, offset: i32) -> Self {
        self.offset = Some(offset);
        self
    }

    /// Sends the request: `GET /user-apps/all`.
    pub async fn send(self) -> Result<Vec<models::UserApp>, crate::Error> {
        let path = "/user-apps/all";
        let mut request = self.client.request(reqwest::Method::GET, path);
        let mut query: Vec<(&str, String)> = Vec::new();
        if let Some(value) = &self.limit {
            query.push(("limit", value.to_string()));
        }
        if let Some(value) = &self.count {
            query.push(("count", value.to_string()));
        }
        if let Some(value) = &self.offset {
            query.push(("offset", value.to_string()));
        }
        {
            let value = &self.filters;
            query.push(("filters", value.clone()));
        }
        request = request.query(&query);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self.client.execute("listAllUserApps", request).await?;
        crate::request::json("listAllUserApps", response).await
    }
}
