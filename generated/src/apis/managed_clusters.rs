//! Use this API to implement managed cluster functionality.
//! With this functionality in place, administrators can modify and delete existing managed clients, get their statuses, and create new ones.

use crate::models;

/// The Managed Clusters operations: get them from [`Client::managed_clusters`](crate::Client::managed_clusters).
#[derive(Debug, Clone, Copy)]
pub struct ManagedClustersApi<'a> {
    client: &'a crate::Client,
}

impl crate::Client {
    /// The Managed Clusters operations.
    pub fn managed_clusters(&self) -> ManagedClustersApi<'_> {
        ManagedClustersApi { client: self }
    }
}

impl<'a> ManagedClustersApi<'a> {
    /// Get a specified managedcluster.
    ///
    /// Retrieve a ManagedCluster by ID.
    ///
    /// `GET /managed-clusters/{id}` (`getManagedCluster`)
    #[deprecated(note = "deprecated in the spec")]
    pub fn get_managed_cluster(&self, id: impl Into<String>) -> GetManagedCluster<'a> {
        GetManagedCluster {
            client: self.client,
            id: id.into(),
        }
    }

    /// Get managed cluster's log configuration
    ///
    /// Get managed cluster's log configuration.
    ///
    /// `GET /managed-clusters/{id}/log-config` (`getClientLogConfiguration`)
    #[deprecated(note = "deprecated in the spec")]
    pub fn get_client_log_configuration(
        &self,
        id: impl Into<String>,
    ) -> GetClientLogConfiguration<'a> {
        GetClientLogConfiguration {
            client: self.client,
            id: id.into(),
        }
    }

    /// Update managed cluster's log configuration
    ///
    /// Update managed cluster's log configuration
    ///
    /// `PUT /managed-clusters/{id}/log-config` (`putClientLogConfiguration`)
    #[deprecated(note = "deprecated in the spec")]
    pub fn put_client_log_configuration(
        &self,
        id: impl Into<String>,
        client_log_configuration: models::ClientLogConfiguration,
    ) -> PutClientLogConfiguration<'a> {
        PutClientLogConfiguration {
            client: self.client,
            id: id.into(),
            client_log_configuration,
        }
    }

    /// Retrieve all managed clusters.
    ///
    /// Retrieve all Managed Clusters for the current Org, based on request context.
    ///
    /// `GET /managed-clusters` (`getManagedClusters`)
    #[deprecated(note = "deprecated in the spec")]
    pub fn get_managed_clusters(&self) -> GetManagedClusters<'a> {
        GetManagedClusters {
            client: self.client,
            offset: None,
            limit: None,
            count: None,
            filters: None,
        }
    }
}

/// The request of [`ManagedClustersApi::get_managed_cluster`](ManagedClustersApi::get_managed_cluster): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetManagedCluster<'a> {
    client: &'a crate::Client,
    id: String,
}

impl GetManagedCluster<'_> {
    /// Sends the request: `GET /managed-clusters/{id}`.
    pub async fn send(self) -> Result<models::ManagedCluster, crate::Error> {
        let path = ["/managed-clusters/", &crate::request::path_segment(&self.id)]
            .concat();
        let mut request = self.client.request(reqwest::Method::GET, &path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self.client.execute("getManagedCluster", request).await?;
        crate::request::json("getManagedCluster", response).await
    }
}

/// The request of [`ManagedClustersApi::get_client_log_configuration`](ManagedClustersApi::get_client_log_configuration): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetClientLogConfiguration<'a> {
    client: &'a crate::Client,
    id: String,
}

impl GetClientLogConfiguration<'_> {
    /// Sends the request: `GET /managed-clusters/{id}/log-config`.
    pub async fn send(self) -> Result<models::ClientLogConfiguration, crate::Error> {
        let path = [
            "/managed-clusters/",
            &crate::request::path_segment(&self.id),
            "/log-config",
        ]
            .concat();
        let mut request = self.client.request(reqwest::Method::GET, &path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self.client.execute("getClientLogConfiguration", request).await?;
        crate::request::json("getClientLogConfiguration", response).await
    }
}

/// The request of [`ManagedClustersApi::put_client_log_configuration`](ManagedClustersApi::put_client_log_configuration): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct PutClientLogConfiguration<'a> {
    client: &'a crate::Client,
    id: String,
    client_log_configuration: models::ClientLogConfiguration,
}

impl PutClientLogConfiguration<'_> {
    /// Sends the request: `PUT /managed-clusters/{id}/log-config`.
    pub async fn send(self) -> Result<models::ClientLogConfiguration, crate::Error> {
        let path = [
            "/managed-clusters/",
            &crate::request::path_segment(&self.id),
            "/log-config",
        ]
            .concat();
        let mut request = self.client.request(reqwest::Method::PUT, &path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        {
            let value = self.client_log_configuration;
            request = crate::request::with_json(
                "putClientLogConfiguration",
                request,
                "application/json",
                &value,
            )?;
        }
        let response = self.client.execute("putClientLogConfiguration", request).await?;
        crate::request::json("putClientLogConfiguration", response).await
    }
}

/// The request of [`ManagedClustersApi::get_managed_clusters`](ManagedClustersApi::get_managed_clusters): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetManagedClusters<'a> {
    client: &'a crate::Client,
    offset: Option<i32>,
    limit: Option<i32>,
    count: Option<bool>,
    filters: Option<String>,
}

impl GetManagedClusters<'_> {
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

    /// Filter results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#filtering-results)
    ///
    /// Filtering is supported for the following fields and operators:
    ///
    /// **operational**: *eq*
    ///
    /// **name**: *eq*
    ///
    /// **type**: *eq*
    ///
    /// **status**: *eq*
    pub fn filters(mut self, filters: impl Into<String>) -> Self {
        self.filters = Some(filters.into());
        self
    }

    /// Sends the request: `GET /managed-clusters`.
    pub async fn send(self) -> Result<Vec<models::ManagedCluster>, crate::Error> {
        let path = "/managed-clusters";
        let mut request = self.client.request(reqwest::Method::GET, path);
        let mut query: Vec<(&str, String)> = Vec::new();
        if let Some(value) = &self.offset {
            query.push(("offset", value.to_string()));
        }
        if let Some(value) = &self.limit {
            query.push(("limit", value.to_string()));
        }
        if let Some(value) = &self.count {
            query.push(("count", value.to_string()));
        }
        if let Some(value) = &self.filters {
            query.push(("filters", value.clone()));
        }
        request = request.query(&query);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self.client.execute("getManagedClusters", request).await?;
        crate::request::json("getManagedClusters", response).await
    }
}
