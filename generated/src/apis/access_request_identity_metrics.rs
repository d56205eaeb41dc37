//! Use this API to implement access request identity metrics functionality.
//! With this functionality in place, access request reviewers can see relevant details about the requested access item and associated source activity.
//! This allows reviewers to see how many of the identities who share a manager with the access requester have this same type of access and how many of them have had activity in the related source.
//! This additional context about whether the access has been granted before and how often it has been used can help those approving access requests make more informed decisions.

use crate::models;

/// The Access Request Identity Metrics operations: get them from [`Client::access_request_identity_metrics`](crate::Client::access_request_identity_metrics).
#[derive(Debug, Clone, Copy)]
pub struct AccessRequestIdentityMetricsApi<'a> {
    client: &'a crate::Client,
}

impl crate::Client {
    /// The Access Request Identity Metrics operations.
    pub fn access_request_identity_metrics(
        &self,
    ) -> AccessRequestIdentityMetricsApi<'_> {
        AccessRequestIdentityMetricsApi {
            client: self,
        }
    }
}

impl<'a> AccessRequestIdentityMetricsApi<'a> {
    /// Return access request identity metrics
    ///
    /// Use this API to return information access metrics.
    ///
    /// `GET /access-request-identity-metrics/{identityId}/requested-objects/{requestedObjectId}/type/{type}` (`getAccessRequestIdentityMetrics`)
    pub fn get_access_request_identity_metrics(
        &self,
        identity_id: impl Into<String>,
        requested_object_id: impl Into<String>,
        r#type: models::GetAccessRequestIdentityMetricsType,
    ) -> GetAccessRequestIdentityMetrics<'a> {
        GetAccessRequestIdentityMetrics {
            client: self.client,
            identity_id: identity_id.into(),
            requested_object_id: requested_object_id.into(),
            r#type,
        }
    }
}

/// The request of [`AccessRequestIdentityMetricsApi::get_access_request_identity_metrics`](AccessRequestIdentityMetricsApi::get_access_request_identity_metrics): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetAccessRequestIdentityMetrics<'a> {
    client: &'a crate::Client,
    identity_id: String,
    requested_object_id: String,
    r#type: models::GetAccessRequestIdentityMetricsType,
}

impl GetAccessRequestIdentityMetrics<'_> {
    /// Sends the request: `GET /access-request-identity-metrics/{identityId}/requested-objects/{requestedObjectId}/type/{type}`.
    pub async fn send(
        self,
    ) -> Result<serde_json::Map<String, serde_json::Value>, crate::Error> {
        let path = [
            "/access-request-identity-metrics/",
            &crate::request::path_segment(&self.identity_id),
            "/requested-objects/",
            &crate::request::path_segment(&self.requested_object_id),
            "/type/",
            &crate::request::path_segment(self.r#type.as_str()),
        ]
            .concat();
        let mut request = self.client.request(reqwest::Method::GET, &path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self
            .client
            .execute("getAccessRequestIdentityMetrics", request)
            .await?;
        crate::request::json("getAccessRequestIdentityMetrics", response).await
    }
}
