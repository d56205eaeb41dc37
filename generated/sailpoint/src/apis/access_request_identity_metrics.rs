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
    #[inline]
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
    /// `GET /access-request-identity-metrics/v1/{identityId}/requested-objects/{requestedObjectId}/type/{type}` (`getAccessRequestIdentityMetricsV1`)
    #[inline]
    pub fn get_access_request_identity_metrics_v1(
        &self,
        identity_id: impl Into<String>,
        requested_object_id: impl Into<String>,
        r#type: models::GetAccessRequestIdentityMetricsV1Type,
    ) -> GetAccessRequestIdentityMetricsV1 {
        GetAccessRequestIdentityMetricsV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            identity_id: identity_id.into(),
            requested_object_id: requested_object_id.into(),
            r#type,
        }
    }
}

/// The error statuses of [`AccessRequestIdentityMetricsApi::get_access_request_identity_metrics_v1`](AccessRequestIdentityMetricsApi::get_access_request_identity_metrics_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type GetAccessRequestIdentityMetricsV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`AccessRequestIdentityMetricsApi::get_access_request_identity_metrics_v1`](AccessRequestIdentityMetricsApi::get_access_request_identity_metrics_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetAccessRequestIdentityMetricsV1 {
    client: crate::Client,
    options: crate::request::Options,
    identity_id: String,
    requested_object_id: String,
    r#type: models::GetAccessRequestIdentityMetricsV1Type,
}

impl GetAccessRequestIdentityMetricsV1 {
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

    /// Sends the request: `GET /access-request-identity-metrics/v1/{identityId}/requested-objects/{requestedObjectId}/type/{type}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            serde_json::Map<String, serde_json::Value>,
            crate::SdkError<GetAccessRequestIdentityMetricsV1Error>,
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
            crate::SdkError<GetAccessRequestIdentityMetricsV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getAccessRequestIdentityMetricsV1",
            self.options,
            move |client| {
                let path = [
                    "/access-request-identity-metrics/v1/",
                    &crate::request::path_segment(&self.identity_id),
                    "/requested-objects/",
                    &crate::request::path_segment(&self.requested_object_id),
                    "/type/",
                    &crate::request::path_segment(self.r#type.as_str()),
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::GET, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}
