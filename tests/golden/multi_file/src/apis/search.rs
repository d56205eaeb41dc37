//! Search with \[matchTerm\] trees; see <https://example.com/search>.

use crate::models;

/// The Search operations: get them from [`Client::search`](crate::Client::search).
#[derive(Debug, Clone, Copy)]
pub struct SearchApi<'a> {
    client: &'a crate::Client,
}

impl crate::Client {
    /// The Search operations.
    pub fn search(&self) -> SearchApi<'_> {
        SearchApi { client: self }
    }
}

impl<'a> SearchApi<'a> {
    /// Get selectors
    ///
    /// Returns both `schemas/selector.yaml` and `v3/schemas/Selector.yaml` (names collide by case).
    ///
    /// `GET /selectors` (`getSelectors`)
    pub fn get_selectors(&self) -> GetSelectors<'a> {
        GetSelectors {
            client: self.client,
        }
    }

    /// List things
    ///
    /// Returns slim things, referencing `schemas/SlimThing.yaml` directly (the root also aliases it as `slimthing`).
    ///
    /// `GET /things` (`listThings`)
    pub fn list_things(&self) -> ListThings<'a> {
        ListThings { client: self.client }
    }

    /// Create a thing
    ///
    /// Creates a full thing, which embeds a SlimThing.
    ///
    /// `POST /things` (`createThing`)
    pub fn create_thing(&self, thing: models::Thing) -> CreateThing<'a> {
        CreateThing {
            client: self.client,
            thing,
        }
    }

    /// Search with match terms
    ///
    /// Searches using a tree of `matchTerm` objects.
    ///
    /// `POST /search` (`search`)
    pub fn search(&self, match_term: Vec<models::MatchTerm>) -> Search<'a> {
        Search {
            client: self.client,
            match_term,
        }
    }
}

/// The request of [`SearchApi::get_selectors`](SearchApi::get_selectors): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetSelectors<'a> {
    client: &'a crate::Client,
}

impl GetSelectors<'_> {
    /// Sends the request: `GET /selectors`.
    pub async fn send(self) -> Result<models::GetSelectors200Response, crate::Error> {
        let path = "/selectors";
        let mut request = self.client.request(reqwest::Method::GET, path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self.client.execute("getSelectors", request).await?;
        crate::request::json("getSelectors", response).await
    }
}

/// The request of [`SearchApi::list_things`](SearchApi::list_things): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListThings<'a> {
    client: &'a crate::Client,
}

impl ListThings<'_> {
    /// Sends the request: `GET /things`.
    pub async fn send(self) -> Result<Vec<models::SlimThing>, crate::Error> {
        let path = "/things";
        let mut request = self.client.request(reqwest::Method::GET, path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self.client.execute("listThings", request).await?;
        crate::request::json("listThings", response).await
    }
}

/// The request of [`SearchApi::create_thing`](SearchApi::create_thing): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateThing<'a> {
    client: &'a crate::Client,
    thing: models::Thing,
}

impl CreateThing<'_> {
    /// Sends the request: `POST /things`.
    pub async fn send(self) -> Result<models::Thing, crate::Error> {
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
        let response = self.client.execute("createThing", request).await?;
        crate::request::json("createThing", response).await
    }
}

/// The request of [`SearchApi::search`](SearchApi::search): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct Search<'a> {
    client: &'a crate::Client,
    match_term: Vec<models::MatchTerm>,
}

impl Search<'_> {
    /// Sends the request: `POST /search`.
    pub async fn send(self) -> Result<Vec<models::Value>, crate::Error> {
        let path = "/search";
        let mut request = self.client.request(reqwest::Method::POST, path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        {
            let value = self.match_term;
            request = crate::request::with_json(
                "search",
                request,
                "application/json",
                &value,
            )?;
        }
        let response = self.client.execute("search", request).await?;
        crate::request::json("search", response).await
    }
}
