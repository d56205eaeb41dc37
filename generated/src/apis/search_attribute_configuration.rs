//! Use this API to implement search attribute configuration functionality, along with [Search](https://developer.sailpoint.com/docs/api/v3/search).
//! With this functionality in place, administrators can create custom search attributes that and run extended searches based on those attributes to further narrow down their searches and get the information and insights they want.
//!
//! Identity Security Cloud (ISC) enables organizations to store user data from across all their connected sources and manage the users' access, so the ability to query and filter that data is essential.
//! Its search goes through all those sources and finds the results quickly and specifically.
//!
//! The search query is flexible - it can be very broad or very narrow.
//! The search only returns results for searchable objects it is filtering for.
//! The following objects are searchable: identities, roles, access profiles, entitlements, events, and account activities.
//! By default, no filter is applied, so a search for "Ad" returns both the identity "Adam.Archer" as well as the role "Administrator."
//!
//! Users can further narrow their results by using ISC's specific syntax and punctuation to structure their queries.
//! For example, the query "attributes.location:austin AND NOT manager.name:amanda.ross" returns all results associated with the Austin location, but it excludes those associated with the manager Amanda Ross.
//! Refer to [Building a Search Query](https://documentation.sailpoint.com/saas/help/search/building-query.html) for more information about how to construct specific search queries.
//!
//! Refer to [Search Attribute Configuration](https://developer.sailpoint.com/docs/extensibility/rules/rule-utility/#configuration-of-search-attributes-within-identity-security-cloud) for more information about ISC's search and its different possibilities.
//!
//! With Search Attribute Configuration, administrators can create, manage, and run searches based on the attributes they want to search.

use crate::models;

/// The Search Attribute Configuration operations: get them from [`Client::search_attribute_configuration`](crate::Client::search_attribute_configuration).
#[derive(Debug, Clone, Copy)]
pub struct SearchAttributeConfigurationApi<'a> {
    client: &'a crate::Client,
}

impl crate::Client {
    /// The Search Attribute Configuration operations.
    pub fn search_attribute_configuration(&self) -> SearchAttributeConfigurationApi<'_> {
        SearchAttributeConfigurationApi {
            client: self,
        }
    }
}

impl<'a> SearchAttributeConfigurationApi<'a> {
    /// List extended search attributes
    ///
    /// Get a list of attribute/application attributes currently configured in Identity Security Cloud (ISC).
    /// A token with ORG_ADMIN authority is required to call this API.
    ///
    /// `GET /accounts/search-attribute-config` (`getSearchAttributeConfig`)
    pub fn get_search_attribute_config(&self) -> GetSearchAttributeConfig<'a> {
        GetSearchAttributeConfig {
            client: self.client,
            limit: None,
            offset: None,
        }
    }

    /// Create extended search attributes
    ///
    /// Create and configure extended search attributes.  This API accepts an attribute name, an attribute display name and a list of name/value pair associates of application IDs to attribute names.  It will then validate the inputs and configure/create the attribute promotion configuration in the Link ObjectConfig.
    /// >**Note: Give searchable attributes unique names.  Do not give them the same names used for account attributes or source attributes.  Also, do not give them the same names present in account schema for a current or future source, regardless of whether that source is included in the searchable attributes' `applicationAttributes`.**
    ///
    /// `POST /accounts/search-attribute-config` (`createSearchAttributeConfig`)
    pub fn create_search_attribute_config(
        &self,
        search_attribute_config: models::SearchAttributeConfig,
    ) -> CreateSearchAttributeConfig<'a> {
        CreateSearchAttributeConfig {
            client: self.client,
            search_attribute_config,
        }
    }

    /// Get extended search attribute
    ///
    /// Get an extended attribute configuration by name.
    ///
    /// `GET /accounts/search-attribute-config/{name}` (`getSingleSearchAttributeConfig`)
    pub fn get_single_search_attribute_config(
        &self,
        name: impl Into<String>,
    ) -> GetSingleSearchAttributeConfig<'a> {
        GetSingleSearchAttributeConfig {
            client: self.client,
            name: name.into(),
        }
    }

    /// Delete extended search attribute
    ///
    /// Delete an extended attribute configuration by name.
    ///
    /// `DELETE /accounts/search-attribute-config/{name}` (`deleteSearchAttributeConfig`)
    pub fn delete_search_attribute_config(
        &self,
        name: impl Into<String>,
    ) -> DeleteSearchAttributeConfig<'a> {
        DeleteSearchAttributeConfig {
            client: self.client,
            name: name.into(),
        }
    }

    /// Update extended search attribute
    ///
    /// Update an existing search attribute configuration.
    /// You can patch these fields:
    /// * name  * displayName * applicationAttributes
    ///
    /// `PATCH /accounts/search-attribute-config/{name}` (`patchSearchAttributeConfig`)
    pub fn patch_search_attribute_config(
        &self,
        name: impl Into<String>,
        json_patch_operation: Vec<models::JsonPatchOperation>,
    ) -> PatchSearchAttributeConfig<'a> {
        PatchSearchAttributeConfig {
            client: self.client,
            name: name.into(),
            json_patch_operation,
        }
    }
}

/// The request of [`SearchAttributeConfigurationApi::get_search_attribute_config`](SearchAttributeConfigurationApi::get_search_attribute_config): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetSearchAttributeConfig<'a> {
    client: &'a crate::Client,
    limit: Option<i32>,
    offset: Option<i32>,
}

impl GetSearchAttributeConfig<'_> {
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

    /// Sends the request: `GET /accounts/search-attribute-config`.
    pub async fn send(self) -> Result<Vec<models::SearchAttributeConfig>, crate::Error> {
        let path = "/accounts/search-attribute-config";
        let mut request = self.client.request(reqwest::Method::GET, path);
        let mut query: Vec<(&str, String)> = Vec::new();
        if let Some(value) = &self.limit {
            query.push(("limit", value.to_string()));
        }
        if let Some(value) = &self.offset {
            query.push(("offset", value.to_string()));
        }
        request = request.query(&query);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self.client.execute("getSearchAttributeConfig", request).await?;
        crate::request::json("getSearchAttributeConfig", response).await
    }
}

/// The request of [`SearchAttributeConfigurationApi::create_search_attribute_config`](SearchAttributeConfigurationApi::create_search_attribute_config): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateSearchAttributeConfig<'a> {
    client: &'a crate::Client,
    search_attribute_config: models::SearchAttributeConfig,
}

impl CreateSearchAttributeConfig<'_> {
    /// Sends the request: `POST /accounts/search-attribute-config`.
    pub async fn send(
        self,
    ) -> Result<serde_json::Map<String, serde_json::Value>, crate::Error> {
        let path = "/accounts/search-attribute-config";
        let mut request = self.client.request(reqwest::Method::POST, path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        {
            let value = self.search_attribute_config;
            request = crate::request::with_json(
                "createSearchAttributeConfig",
                request,
                "application/json",
                &value,
            )?;
        }
        let response = self
            .client
            .execute("createSearchAttributeConfig", request)
            .await?;
        crate::request::json("createSearchAttributeConfig", response).await
    }
}

/// The request of [`SearchAttributeConfigurationApi::get_single_search_attribute_config`](SearchAttributeConfigurationApi::get_single_search_attribute_config): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetSingleSearchAttributeConfig<'a> {
    client: &'a crate::Client,
    name: String,
}

impl GetSingleSearchAttributeConfig<'_> {
    /// Sends the request: `GET /accounts/search-attribute-config/{name}`.
    pub async fn send(
        self,
    ) -> Result<Option<Vec<models::SearchAttributeConfig>>, crate::Error> {
        let path = [
            "/accounts/search-attribute-config/",
            &crate::request::path_segment(&self.name),
        ]
            .concat();
        let mut request = self.client.request(reqwest::Method::GET, &path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self
            .client
            .execute("getSingleSearchAttributeConfig", request)
            .await?;
        crate::request::json_or_empty("getSingleSearchAttributeConfig", response).await
    }
}

/// The request of [`SearchAttributeConfigurationApi::delete_search_attribute_config`](SearchAttributeConfigurationApi::delete_search_attribute_config): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteSearchAttributeConfig<'a> {
    client: &'a crate::Client,
    name: String,
}

impl DeleteSearchAttributeConfig<'_> {
    /// Sends the request: `DELETE /accounts/search-attribute-config/{name}`.
    pub async fn send(self) -> Result<(), crate::Error> {
        let path = [
            "/accounts/search-attribute-config/",
            &crate::request::path_segment(&self.name),
        ]
            .concat();
        let request = self.client.request(reqwest::Method::DELETE, &path);
        let response = self
            .client
            .execute("deleteSearchAttributeConfig", request)
            .await?;
        crate::request::empty("deleteSearchAttributeConfig", response).await
    }
}

/// The request of [`SearchAttributeConfigurationApi::patch_search_attribute_config`](SearchAttributeConfigurationApi::patch_search_attribute_config): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct PatchSearchAttributeConfig<'a> {
    client: &'a crate::Client,
    name: String,
    json_patch_operation: Vec<models::JsonPatchOperation>,
}

impl PatchSearchAttributeConfig<'_> {
    /// Sends the request: `PATCH /accounts/search-attribute-config/{name}`.
    pub async fn send(self) -> Result<models::SearchAttributeConfig, crate::Error> {
        let path = [
            "/accounts/search-attribute-config/",
            &crate::request::path_segment(&self.name),
        ]
            .concat();
        let mut request = self.client.request(reqwest::Method::PATCH, &path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        {
            let value = self.json_patch_operation;
            request = crate::request::with_json(
                "patchSearchAttributeConfig",
                request,
                "application/json-patch+json",
                &value,
            )?;
        }
        let response = self.client.execute("patchSearchAttributeConfig", request).await?;
        crate::request::json("patchSearchAttributeConfig", response).await
    }
}
