//! The IAI Recommendations API.

use crate::models;

/// The IAI Recommendations operations: get them from [`Client::iai_recommendations`](crate::Client::iai_recommendations).
#[derive(Debug, Clone, Copy)]
pub struct IaiRecommendationsApi<'a> {
    client: &'a crate::Client,
}

impl crate::Client {
    /// The IAI Recommendations operations.
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
    /// `POST /recommendations/request` (`getRecommendations`)
    pub fn get_recommendations(
        &self,
        recommendation_request_dto: models::RecommendationRequestDto,
    ) -> GetRecommendations<'a> {
        GetRecommendations {
            client: self.client,
            recommendation_request_dto,
        }
    }

    /// Get certification recommendation config values
    ///
    /// Retrieves configuration attributes used by certification recommendations.
    ///
    /// `GET /recommendations/config` (`getRecommendationsConfig`)
    pub fn get_recommendations_config(&self) -> GetRecommendationsConfig<'a> {
        GetRecommendationsConfig {
            client: self.client,
        }
    }

    /// Update certification recommendation config values
    ///
    /// Updates configuration attributes used by certification recommendations.
    ///
    /// `PUT /recommendations/config` (`updateRecommendationsConfig`)
    pub fn update_recommendations_config(
        &self,
        recommendation_config_dto: models::RecommendationConfigDto,
    ) -> UpdateRecommendationsConfig<'a> {
        UpdateRecommendationsConfig {
            client: self.client,
            recommendation_config_dto,
        }
    }
}

/// The request of [`IaiRecommendationsApi::get_recommendations`](IaiRecommendationsApi::get_recommendations): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetRecommendations<'a> {
    client: &'a crate::Client,
    recommendation_request_dto: models::RecommendationRequestDto,
}

impl GetRecommendations<'_> {
    /// Sends the request: `POST /recommendations/request`.
    pub async fn send(self) -> Result<models::RecommendationResponseDto, crate::Error> {
        let path = "/recommendations/request";
        let mut request = self.client.request(reqwest::Method::POST, path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        {
            let value = self.recommendation_request_dto;
            request = crate::request::with_json(
                "getRecommendations",
                request,
                "application/json",
                &value,
            )?;
        }
        let response = self.client.execute("getRecommendations", request).await?;
        crate::request::json("getRecommendations", response).await
    }
}

/// The request of [`IaiRecommendationsApi::get_recommendations_config`](IaiRecommendationsApi::get_recommendations_config): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetRecommendationsConfig<'a> {
    client: &'a crate::Client,
}

impl GetRecommendationsConfig<'_> {
    /// Sends the request: `GET /recommendations/config`.
    pub async fn send(self) -> Result<models::RecommendationConfigDto, crate::Error> {
        let path = "/recommendations/config";
        let mut request = self.client.request(reqwest::Method::GET, path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self.client.execute("getRecommendationsConfig", request).await?;
        crate::request::json("getRecommendationsConfig", response).await
    }
}

/// The request of [`IaiRecommendationsApi::update_recommendations_config`](IaiRecommendationsApi::update_recommendations_config): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpdateRecommendationsConfig<'a> {
    client: &'a crate::Client,
    recommendation_config_dto: models::RecommendationConfigDto,
}

impl UpdateRecommendationsConfig<'_> {
    /// Sends the request: `PUT /recommendations/config`.
    pub async fn send(self) -> Result<models::RecommendationConfigDto, crate::Error> {
        let path = "/recommendations/config";
        let mut request = self.client.request(reqwest::Method::PUT, path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        {
            let value = self.recommendation_config_dto;
            request = crate::request::with_json(
                "updateRecommendationsConfig",
                request,
                "application/json",
                &value,
            )?;
        }
        let response = self
            .client
            .execute("updateRecommendationsConfig", request)
            .await?;
        crate::request::json("updateRecommendationsConfig", response).await
    }
}
