//! Operations whose schemas or parameters are defective.

use crate::models;

/// The Defects operations: get them from [`Client::defects`](crate::Client::defects).
#[derive(Debug, Clone, Copy)]
pub struct DefectsApi<'a> {
    client: &'a crate::Client,
}

impl crate::Client {
    /// The Defects operations.
    pub fn defects(&self) -> DefectsApi<'_> {
        DefectsApi { client: self }
    }
}

impl<'a> DefectsApi<'a> {
    /// List things
    ///
    /// Declares an `in: path` parameter `id` that is absent from the path template `/things`.
    /// The response schema has `items` but no `type: array`.
    ///
    /// `GET /things` (`listThings`)
    pub fn list_things(&self) -> ListThings<'a> {
        ListThings {
            client: self.client,
            ids: None,
        }
    }

    /// Create a thing
    ///
    /// Takes a thing whose schema has several defects.
    ///
    /// `POST /things` (`createThing`)
    pub fn create_thing(&self, thing: models::Thing) -> CreateThing<'a> {
        CreateThing {
            client: self.client,
            thing,
        }
    }

    /// Get a reassignment
    ///
    /// Returns a reassignment whose type enum has a value with a trailing comma.
    ///
    /// `GET /reassignments` (`getReassignment`)
    pub fn get_reassignment(&self) -> GetReassignment<'a> {
        GetReassignment {
            client: self.client,
        }
    }
}

/// The error statuses of [`DefectsApi::list_things`](DefectsApi::list_things), each with the body the spec declares.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum ListThingsError {
    /// A status the spec does not declare here, or an empty body: see the raw response in [`crate::ServiceError`].
    Other,
}

impl crate::OperationError for ListThingsError {
    fn decode(_status: u16, _body: &[u8]) -> Result<Self, crate::DecodeFailure> {
        Ok(ListThingsError::Other)
    }
}

/// The request of [`DefectsApi::list_things`](DefectsApi::list_things): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListThings<'a> {
    client: &'a crate::Client,
    ids: Option<String>,
}

impl ListThings<'_> {
    /// Non-standard `comma-separated` format.
    pub fn ids(mut self, ids: impl Into<String>) -> Self {
        self.ids = Some(ids.into());
        self
    }

    /// Sends the request: `GET /things`.
    pub async fn send(
        self,
    ) -> Result<Vec<models::Thing>, crate::SdkError<ListThingsError>> {
        let response = self.response().await?;
        crate::request::json("listThings", response).await
    }

    async fn response(
        self,
    ) -> Result<reqwest::Response, crate::SdkError<ListThingsError>> {
        let path = "/things";
        let mut request = self.client.request(reqwest::Method::GET, path);
        let mut query: Vec<(&str, String)> = Vec::new();
        if let Some(value) = &self.ids {
            query.push(("ids", value.clone()));
        }
        request = request.query(&query);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        self.client.execute::<ListThingsError>("listThings", request).await
    }
}

/// The error statuses of [`DefectsApi::create_thing`](DefectsApi::create_thing), each with the body the spec declares.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum CreateThingError {
    /// A status the spec does not declare here, or an empty body: see the raw response in [`crate::ServiceError`].
    Other,
}

impl crate::OperationError for CreateThingError {
    fn decode(_status: u16, _body: &[u8]) -> Result<Self, crate::DecodeFailure> {
        Ok(CreateThingError::Other)
    }
}

/// The request of [`DefectsApi::create_thing`](DefectsApi::create_thing): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateThing<'a> {
    client: &'a crate::Client,
    thing: models::Thing,
}

impl CreateThing<'_> {
    /// Sends the request: `POST /things`.
    pub async fn send(self) -> Result<models::Thing, crate::SdkError<CreateThingError>> {
        let response = self.response().await?;
        crate::request::json("createThing", response).await
    }

    async fn response(
        self,
    ) -> Result<reqwest::Response, crate::SdkError<CreateThingError>> {
        let path = "/things";
        let mut request = self.client.request(reqwest::Method::POST, path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        {
            let value = self.thing;
            request = crate::request::with_json(
                "createThing",
                request,
                "application/json",
                &value,
            )?;
        }
        self.client.execute::<CreateThingError>("createThing", request).await
    }
}

/// The error statuses of [`DefectsApi::get_reassignment`](DefectsApi::get_reassignment), each with the body the spec declares.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GetReassignmentError {
    /// A status the spec does not declare here, or an empty body: see the raw response in [`crate::ServiceError`].
    Other,
}

impl crate::OperationError for GetReassignmentError {
    fn decode(_status: u16, _body: &[u8]) -> Result<Self, crate::DecodeFailure> {
        Ok(GetReassignmentError::Other)
    }
}

/// The request of [`DefectsApi::get_reassignment`](DefectsApi::get_reassignment): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetReassignment<'a> {
    client: &'a crate::Client,
}

impl GetReassignment<'_> {
    /// Sends the request: `GET /reassignments`.
    pub async fn send(
        self,
    ) -> Result<models::Reassignment, crate::SdkError<GetReassignmentError>> {
        let response = self.response().await?;
        crate::request::json("getReassignment", response).await
    }

    async fn response(
        self,
    ) -> Result<reqwest::Response, crate::SdkError<GetReassignmentError>> {
        let path = "/reassignments";
        let mut request = self.client.request(reqwest::Method::GET, path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        self.client.execute::<GetReassignmentError>("getReassignment", request).await
    }
}
