//! The IAI Peer Group Strategies API.

use crate::models;

/// The IAI Peer Group Strategies operations: get them from [`Client::iai_peer_group_strategies`](crate::Client::iai_peer_group_strategies).
#[derive(Debug, Clone, Copy)]
pub struct IaiPeerGroupStrategiesApi<'a> {
    client: &'a crate::Client,
}

impl crate::Client {
    /// The IAI Peer Group Strategies operations.
    pub fn iai_peer_group_strategies(&self) -> IaiPeerGroupStrategiesApi<'_> {
        IaiPeerGroupStrategiesApi {
            client: self,
        }
    }
}

impl<'a> IaiPeerGroupStrategiesApi<'a> {
    /// Identity outliers list
    ///
    /// -- Deprecated : See 'IAI Outliers' This API will be used by Identity Governance systems to identify identities that are not included in an organization's peer groups. By default, 250 identities are returned. You can specify between 1 and 1000 number of identities that can be returned.
    ///
    /// `GET /peer-group-strategies/{strategy}/identity-outliers` (`getPeerGroupOutliers`)
    #[deprecated(note = "deprecated in the spec")]
    pub fn get_peer_group_outliers(
        &self,
        strategy: models::GetPeerGroupOutliersStrategy,
    ) -> GetPeerGroupOutliers<'a> {
        GetPeerGroupOutliers {
            client: self.client,
            strategy,
            limit: None,
            offset: None,
            count: None,
        }
    }
}

/// The request of [`IaiPeerGroupStrategiesApi::get_peer_group_outliers`](IaiPeerGroupStrategiesApi::get_peer_group_outliers): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetPeerGroupOutliers<'a> {
    client: &'a crate::Client,
    strategy: models::GetPeerGroupOutliersStrategy,
    limit: Option<i32>,
    offset: Option<i32>,
    count: Option<bool>,
}

impl GetPeerGroupOutliers<'_> {
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

    /// Sends the request: `GET /peer-group-strategies/{strategy}/identity-outliers`.
    pub async fn send(self) -> Result<Vec<models::PeerGroupMember>, crate::Error> {
        let path = [
            "/peer-group-strategies/",
            &crate::request::path_segment(self.strategy.as_str()),
            "/identity-outliers",
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
        request = request.query(&query);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self.client.execute("getPeerGroupOutliers", request).await?;
        crate::request::json("getPeerGroupOutliers", response).await
    }
}
