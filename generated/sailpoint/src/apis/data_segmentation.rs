//! This service is responsible for creating segments that will determine how access is delegated to identities
//! withing the organization.

use crate::models;

/// The Data Segmentation operations: get them from [`Client::data_segmentation`](crate::Client::data_segmentation).
#[derive(Debug, Clone, Copy)]
pub struct DataSegmentationApi<'a> {
    client: &'a crate::Client,
}

impl crate::Client {
    /// The Data Segmentation operations.
    #[inline]
    pub fn data_segmentation(&self) -> DataSegmentationApi<'_> {
        DataSegmentationApi {
            client: self,
        }
    }
}

impl<'a> DataSegmentationApi<'a> {
    /// Get segmentmembership by identity id
    ///
    /// This API returns the segment membership specified by the given identity ID.
    ///
    /// `GET /data-segments/v1/membership/{identityId}` (`getDataSegmentIdentityMembershipV1`)
    #[inline]
    pub fn get_data_segment_identity_membership_v1(
        &self,
        identity_id: impl Into<String>,
    ) -> GetDataSegmentIdentityMembershipV1 {
        GetDataSegmentIdentityMembershipV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            identity_id: identity_id.into(),
        }
    }

    /// Is segmentation enabled by identity
    ///
    /// This API returns whether or not segmentation is enabled for the identity.
    ///
    /// `GET /data-segments/v1/user-enabled/{identityId}` (`getDataSegmentationEnabledForUserV1`)
    #[inline]
    pub fn get_data_segmentation_enabled_for_user_v1(
        &self,
        identity_id: impl Into<String>,
    ) -> GetDataSegmentationEnabledForUserV1 {
        GetDataSegmentationEnabledForUserV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            identity_id: identity_id.into(),
        }
    }

    /// Get segment by id
    ///
    /// This API returns the segment specified by the given ID.
    ///
    /// `GET /data-segments/v1/{segmentId}` (`getDataSegmentV1`)
    #[inline]
    pub fn get_data_segment_v1(
        &self,
        segment_id: impl Into<String>,
    ) -> GetDataSegmentV1 {
        GetDataSegmentV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            segment_id: segment_id.into(),
        }
    }

    /// Publish segment by id
    ///
    /// This will publish the segment so that it starts applying the segmentation to the desired users if enabled
    ///
    /// `POST /data-segments/v1/{segmentId}` (`publishDataSegmentV1`)
    #[inline]
    pub fn publish_data_segment_v1(
        &self,
        segment_id: impl Into<String>,
        body: Vec<String>,
    ) -> PublishDataSegmentV1 {
        PublishDataSegmentV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            segment_id: segment_id.into(),
            publish_all: None,
            body,
        }
    }

    /// Delete segment by id
    ///
    /// This API deletes the segment specified by the given ID.
    ///
    /// `DELETE /data-segments/v1/{segmentId}` (`deleteDataSegmentV1`)
    #[inline]
    pub fn delete_data_segment_v1(
        &self,
        segment_id: impl Into<String>,
    ) -> DeleteDataSegmentV1 {
        DeleteDataSegmentV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            segment_id: segment_id.into(),
            published: None,
        }
    }

    /// Update segment
    ///
    /// Use this API to update segment fields by using the [JSON Patch](https://tools.ietf.org/html/rfc6902) standard.
    ///
    /// `PATCH /data-segments/v1/{segmentId}` (`patchDataSegmentV1`)
    #[inline]
    pub fn patch_data_segment_v1(
        &self,
        segment_id: impl Into<String>,
        body: Vec<serde_json::Map<String, serde_json::Value>>,
    ) -> PatchDataSegmentV1 {
        PatchDataSegmentV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            segment_id: segment_id.into(),
            body,
        }
    }

    /// Get segments
    ///
    /// This API returns the segment specified by the given ID.
    ///
    /// `GET /data-segments/v1` (`listDataSegmentsV1`)
    #[inline]
    pub fn list_data_segments_v1(&self) -> ListDataSegmentsV1 {
        ListDataSegmentsV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            enabled: None,
            unique: None,
            published: None,
            limit: None,
            offset: None,
            count: None,
            filters: None,
            listing: crate::pagination::Listing::default(),
        }
    }

    /// Create segment
    ///
    /// This API creates a segment.
    /// >**Note:** Segment definitions may take time to propagate to all identities.
    ///
    /// `POST /data-segments/v1` (`createDataSegmentV1`)
    #[inline]
    pub fn create_data_segment_v1(
        &self,
        data_segment: models::DataSegment,
    ) -> CreateDataSegmentV1 {
        CreateDataSegmentV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            data_segment,
        }
    }
}

/// The error statuses of [`DataSegmentationApi::get_data_segment_identity_membership_v1`](DataSegmentationApi::get_data_segment_identity_membership_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type GetDataSegmentIdentityMembershipV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`DataSegmentationApi::get_data_segment_identity_membership_v1`](DataSegmentationApi::get_data_segment_identity_membership_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetDataSegmentIdentityMembershipV1 {
    client: crate::Client,
    options: crate::request::Options,
    identity_id: String,
}

impl GetDataSegmentIdentityMembershipV1 {
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

    /// Sends the request: `GET /data-segments/v1/membership/{identityId}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            Vec<models::Segmentmembership>,
            crate::SdkError<GetDataSegmentIdentityMembershipV1Error>,
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
            crate::Response<Vec<models::Segmentmembership>>,
            crate::SdkError<GetDataSegmentIdentityMembershipV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getDataSegmentIdentityMembershipV1",
            self.options,
            move |client| {
                let path = [
                    "/data-segments/v1/membership/",
                    &crate::request::path_segment(&self.identity_id),
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::GET, &path);
                request = request.header("X-SailPoint-Experimental", "true");
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`DataSegmentationApi::get_data_segmentation_enabled_for_user_v1`](DataSegmentationApi::get_data_segmentation_enabled_for_user_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type GetDataSegmentationEnabledForUserV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`DataSegmentationApi::get_data_segmentation_enabled_for_user_v1`](DataSegmentationApi::get_data_segmentation_enabled_for_user_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetDataSegmentationEnabledForUserV1 {
    client: crate::Client,
    options: crate::request::Options,
    identity_id: String,
}

impl GetDataSegmentationEnabledForUserV1 {
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

    /// Sends the request: `GET /data-segments/v1/user-enabled/{identityId}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<bool, crate::SdkError<GetDataSegmentationEnabledForUserV1Error>>,
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
            crate::Response<bool>,
            crate::SdkError<GetDataSegmentationEnabledForUserV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getDataSegmentationEnabledForUserV1",
            self.options,
            move |client| {
                let path = [
                    "/data-segments/v1/user-enabled/",
                    &crate::request::path_segment(&self.identity_id),
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::GET, &path);
                request = request.header("X-SailPoint-Experimental", "true");
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`DataSegmentationApi::get_data_segment_v1`](DataSegmentationApi::get_data_segment_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type GetDataSegmentV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`DataSegmentationApi::get_data_segment_v1`](DataSegmentationApi::get_data_segment_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetDataSegmentV1 {
    client: crate::Client,
    options: crate::request::Options,
    segment_id: String,
}

impl GetDataSegmentV1 {
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

    /// Sends the request: `GET /data-segments/v1/{segmentId}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<models::DataSegment, crate::SdkError<GetDataSegmentV1Error>>,
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
            crate::Response<models::DataSegment>,
            crate::SdkError<GetDataSegmentV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getDataSegmentV1",
            self.options,
            move |client| {
                let path = [
                    "/data-segments/v1/",
                    &crate::request::path_segment(&self.segment_id),
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::GET, &path);
                request = request.header("X-SailPoint-Experimental", "true");
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`DataSegmentationApi::publish_data_segment_v1`](DataSegmentationApi::publish_data_segment_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type PublishDataSegmentV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`DataSegmentationApi::publish_data_segment_v1`](DataSegmentationApi::publish_data_segment_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct PublishDataSegmentV1 {
    client: crate::Client,
    options: crate::request::Options,
    segment_id: String,
    publish_all: Option<bool>,
    body: Vec<String>,
}

impl PublishDataSegmentV1 {
    /// This flag decides whether you want to publish all unpublished or a list of specific segment ids
    ///
    /// The server's default: `true`.
    #[inline]
    pub fn publish_all(mut self, publish_all: bool) -> Self {
        self.publish_all = Some(publish_all);
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

    /// Sends the request: `POST /data-segments/v1/{segmentId}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<Output = Result<(), crate::SdkError<PublishDataSegmentV1Error>>> {
        crate::request::body(self.send_with_metadata())
    }

    /// Sends the request, as [`send`](Self::send), and returns the response's status and headers
    /// with its body.
    #[inline]
    pub fn send_with_metadata(
        self,
    ) -> impl Future<
        Output = Result<crate::Response<()>, crate::SdkError<PublishDataSegmentV1Error>>,
    > {
        crate::request::empty(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "publishDataSegmentV1",
            self.options,
            move |client| {
                let path = [
                    "/data-segments/v1/",
                    &crate::request::path_segment(&self.segment_id),
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::POST, &path);
                let mut query: Vec<(&str, String)> = Vec::new();
                if let Some(value) = &self.publish_all {
                    query.push(("publishAll", value.to_string()));
                }
                request = request.query(&query);
                request = request.header("X-SailPoint-Experimental", "true");
                {
                    let value = &self.body;
                    request = crate::request::with_json(
                        "publishDataSegmentV1",
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

/// The error statuses of [`DataSegmentationApi::delete_data_segment_v1`](DataSegmentationApi::delete_data_segment_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type DeleteDataSegmentV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`DataSegmentationApi::delete_data_segment_v1`](DataSegmentationApi::delete_data_segment_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteDataSegmentV1 {
    client: crate::Client,
    options: crate::request::Options,
    segment_id: String,
    published: Option<bool>,
}

impl DeleteDataSegmentV1 {
    /// This determines which version of the segment to delete
    ///
    /// The server's default: `false`.
    #[inline]
    pub fn published(mut self, published: bool) -> Self {
        self.published = Some(published);
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

    /// Sends the request: `DELETE /data-segments/v1/{segmentId}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<Output = Result<(), crate::SdkError<DeleteDataSegmentV1Error>>> {
        crate::request::body(self.send_with_metadata())
    }

    /// Sends the request, as [`send`](Self::send), and returns the response's status and headers
    /// with its body.
    #[inline]
    pub fn send_with_metadata(
        self,
    ) -> impl Future<
        Output = Result<crate::Response<()>, crate::SdkError<DeleteDataSegmentV1Error>>,
    > {
        crate::request::empty(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "deleteDataSegmentV1",
            self.options,
            move |client| {
                let path = [
                    "/data-segments/v1/",
                    &crate::request::path_segment(&self.segment_id),
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::DELETE, &path);
                let mut query: Vec<(&str, String)> = Vec::new();
                if let Some(value) = &self.published {
                    query.push(("published", value.to_string()));
                }
                request = request.query(&query);
                request = request.header("X-SailPoint-Experimental", "true");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`DataSegmentationApi::patch_data_segment_v1`](DataSegmentationApi::patch_data_segment_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type PatchDataSegmentV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`DataSegmentationApi::patch_data_segment_v1`](DataSegmentationApi::patch_data_segment_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct PatchDataSegmentV1 {
    client: crate::Client,
    options: crate::request::Options,
    segment_id: String,
    body: Vec<serde_json::Map<String, serde_json::Value>>,
}

impl PatchDataSegmentV1 {
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

    /// Sends the request: `PATCH /data-segments/v1/{segmentId}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<models::DataSegment, crate::SdkError<PatchDataSegmentV1Error>>,
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
            crate::Response<models::DataSegment>,
            crate::SdkError<PatchDataSegmentV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "patchDataSegmentV1",
            self.options,
            move |client| {
                let path = [
                    "/data-segments/v1/",
                    &crate::request::path_segment(&self.segment_id),
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::PATCH, &path);
                request = request.header("X-SailPoint-Experimental", "true");
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.body;
                    request = crate::request::with_json(
                        "patchDataSegmentV1",
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

/// The error statuses of [`DataSegmentationApi::list_data_segments_v1`](DataSegmentationApi::list_data_segments_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type ListDataSegmentsV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`DataSegmentationApi::list_data_segments_v1`](DataSegmentationApi::list_data_segments_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListDataSegmentsV1 {
    client: crate::Client,
    options: crate::request::Options,
    enabled: Option<bool>,
    unique: Option<bool>,
    published: Option<bool>,
    limit: Option<i32>,
    offset: Option<i32>,
    count: Option<bool>,
    filters: Option<String>,
    listing: crate::pagination::Listing,
}

impl ListDataSegmentsV1 {
    /// This boolean indicates whether the segment is currently active. Inactive segments have no effect.
    ///
    /// The server's default: `true`.
    #[inline]
    pub fn enabled(mut self, enabled: bool) -> Self {
        self.enabled = Some(enabled);
        self
    }

    /// This returns only one record if set to true and that would be the published record if exists.
    ///
    /// The server's default: `false`.
    #[inline]
    pub fn unique(mut self, unique: bool) -> Self {
        self.unique = Some(unique);
        self
    }

    /// This boolean indicates whether the segment is being applied to the accounts. If unpublished its being actively modified until published
    ///
    /// The server's default: `true`.
    #[inline]
    pub fn published(mut self, published: bool) -> Self {
        self.published = Some(published);
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

    /// Filter results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#filtering-results)
    ///
    /// Filtering is supported for the following fields and operators:
    ///
    /// **id**: *eq, in, sw*
    ///
    /// **name**: *eq, in, sw*
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

    /// Sends the request: `GET /data-segments/v1`; returns one page.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            Vec<models::DataSegment>,
            crate::SdkError<ListDataSegmentsV1Error>,
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
            crate::Page<models::DataSegment>,
            crate::SdkError<ListDataSegmentsV1Error>,
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
        Item = Result<models::DataSegment, crate::SdkError<ListDataSegmentsV1Error>>,
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
            crate::Response<Vec<models::DataSegment>>,
            crate::SdkError<ListDataSegmentsV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "listDataSegmentsV1",
            self.options,
            move |client| {
                let path = "/data-segments/v1";
                let mut request = client.request(reqwest::Method::GET, path);
                let mut query: Vec<(&str, String)> = Vec::new();
                if let Some(value) = &self.enabled {
                    query.push(("enabled", value.to_string()));
                }
                if let Some(value) = &self.unique {
                    query.push(("unique", value.to_string()));
                }
                if let Some(value) = &self.published {
                    query.push(("published", value.to_string()));
                }
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
                request = request.query(&query);
                request = request.header("X-SailPoint-Experimental", "true");
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`DataSegmentationApi::create_data_segment_v1`](DataSegmentationApi::create_data_segment_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type CreateDataSegmentV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`DataSegmentationApi::create_data_segment_v1`](DataSegmentationApi::create_data_segment_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateDataSegmentV1 {
    client: crate::Client,
    options: crate::request::Options,
    data_segment: models::DataSegment,
}

impl CreateDataSegmentV1 {
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

    /// Sends the request: `POST /data-segments/v1`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<models::DataSegment, crate::SdkError<CreateDataSegmentV1Error>>,
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
            crate::Response<models::DataSegment>,
            crate::SdkError<CreateDataSegmentV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "createDataSegmentV1",
            self.options,
            move |client| {
                let path = "/data-segments/v1";
                let mut request = client.request(reqwest::Method::POST, path);
                request = request.header("X-SailPoint-Experimental", "true");
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.data_segment;
                    request = crate::request::with_json(
                        "createDataSegmentV1",
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
