//! The IAI Recommendations API.

use crate::models;

/// The IAI Recommendations operations: get them from [`Client::iai_recommendations`](crate::Client::iai_recommendations).
#[derive(Debug, Clone, Copy)]
pub struct IaiRecommendationsApi<'a> {
    client: &'a crate::Client,
}

impl crate::Client {
    /// The IAI Recommendations operations.
    #[inline]
    pub fn iai_recommendations(&self) -> IaiRecommendationsApi<'_> {
        IaiRecommendationsApi {
            client: self,
        }
    }
}

impl<'a> IaiRecommendationsApi<'a> {
    /// Returns recommendation based on object
    ///
    /// The getRecommendations API returns recommendations based on the requested object. The recommendations are invoked by IdentityIQ and IdentityNow plug-ins that retrieve recommendations based on the performed calculations.
    ///
    /// `POST /recommendations/v1/request` (`getRecommendationsV1`)
    #[inline]
    pub fn get_recommendations_v1(
        &self,
        recommendationrequestdto: models::Recommendationrequestdto,
    ) -> GetRecommendationsV1 {
        GetRecommendationsV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            recommendationrequestdto,
        }
    }

    /// Get certification recommendation config values
    ///
    /// Retrieves configuration attributes used by certification recommendations.
    ///
    /// `GET /recommendations/v1/config` (`getRecommendationsConfigV1`)
    #[inline]
    pub fn get_recommendations_config_v1(&self) -> GetRecommendationsConfigV1 {
        GetRecommendationsConfigV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
        }
    }

    /// Update certification recommendation config values
    ///
    /// Updates configuration attributes used by certification recommendations.
    ///
    /// `PUT /recommendations/v1/config` (`updateRecommendationsConfigV1`)
    #[inline]
    pub fn update_recommendations_config_v1(
        &self,
        recommendationconfigdto: models::Recommendationconfigdto,
    ) -> UpdateRecommendationsConfigV1 {
        UpdateRecommendationsConfigV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            recommendationconfigdto,
        }
    }
}

/// The error statuses of [`IaiRecommendationsApi::get_recommendations_v1`](IaiRecommendationsApi::get_recommendations_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type GetRecommendationsV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`IaiRecommendationsApi::get_recommendations_v1`](IaiRecommendationsApi::get_recommendations_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetRecommendationsV1 {
    client: crate::Client,
    options: crate::request::Options,
    recommendationrequestdto: models::Recommendationrequestdto,
}

impl GetRecommendationsV1 {
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

    /// Sends the request: `POST /recommendations/v1/request`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Recommendationresponsedto,
            crate::SdkError<GetRecommendationsV1Error>,
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
            crate::Response<models::Recommendationresponsedto>,
            crate::SdkError<GetRecommendationsV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getRecommendationsV1",
            self.options,
            move |client| {
                let path = "/recommendations/v1/request";
                let mut request = client.request(reqwest::Method::POST, path);
                request = request.header("X-SailPoint-Experimental", "true");
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.recommendationrequestdto;
                    request = crate::request::with_json(
                        "getRecommendationsV1",
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

/// The error statuses of [`IaiRecommendationsApi::get_recommendations_config_v1`](IaiRecommendationsApi::get_recommendations_config_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type GetRecommendationsConfigV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`IaiRecommendationsApi::get_recommendations_config_v1`](IaiRecommendationsApi::get_recommendations_config_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetRecommendationsConfigV1 {
    client: crate::Client,
    options: crate::request::Options,
}

impl GetRecommendationsConfigV1 {
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

    /// Sends the request: `GET /recommendations/v1/config`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Recommendationconfigdto,
            crate::SdkError<GetRecommendationsConfigV1Error>,
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
            crate::Response<models::Recommendationconfigdto>,
            crate::SdkError<GetRecommendationsConfigV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getRecommendationsConfigV1",
            self.options,
            move |client| {
                let path = "/recommendations/v1/config";
                let mut request = client.request(reqwest::Method::GET, path);
                request = request.header("X-SailPoint-Experimental", "true");
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`IaiRecommendationsApi::update_recommendations_config_v1`](IaiRecommendationsApi::update_recommendations_config_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type UpdateRecommendationsConfigV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`IaiRecommendationsApi::update_recommendations_config_v1`](IaiRecommendationsApi::update_recommendations_config_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpdateRecommendationsConfigV1 {
    client: crate::Client,
    options: crate::request::Options,
    recommendationconfigdto: models::Recommendationconfigdto,
}

impl UpdateRecommendationsConfigV1 {
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

    /// Sends the request: `PUT /recommendations/v1/config`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Recommendationconfigdto,
            crate::SdkError<UpdateRecommendationsConfigV1Error>,
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
            crate::Response<models::Recommendationconfigdto>,
            crate::SdkError<UpdateRecommendationsConfigV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "updateRecommendationsConfigV1",
            self.options,
            move |client| {
                let path = "/recommendations/v1/config";
                let mut request = client.request(reqwest::Method::PUT, path);
                request = request.header("X-SailPoint-Experimental", "true");
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.recommendationconfigdto;
                    request = crate::request::with_json(
                        "updateRecommendationsConfigV1",
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
