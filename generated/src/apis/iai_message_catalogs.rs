//! The IAI Message Catalogs API.

use crate::models;

/// The IAI Message Catalogs operations: get them from [`Client::iai_message_catalogs`](crate::Client::iai_message_catalogs).
#[derive(Debug, Clone, Copy)]
pub struct IaiMessageCatalogsApi<'a> {
    client: &'a crate::Client,
}

impl crate::Client {
    /// The IAI Message Catalogs operations.
    pub fn iai_message_catalogs(&self) -> IaiMessageCatalogsApi<'_> {
        IaiMessageCatalogsApi {
            client: self,
        }
    }
}

impl<'a> IaiMessageCatalogsApi<'a> {
    /// Get message catalogs
    ///
    /// The getMessageCatalogs API returns message catalog based on the language headers in the requested object.
    ///
    /// `GET /translation-catalogs/{catalog-id}` (`getMessageCatalogs`)
    pub fn get_message_catalogs(
        &self,
        catalog_id: models::GetMessageCatalogsCatalogId,
    ) -> GetMessageCatalogs<'a> {
        GetMessageCatalogs {
            client: self.client,
            catalog_id,
        }
    }
}

/// The request of [`IaiMessageCatalogsApi::get_message_catalogs`](IaiMessageCatalogsApi::get_message_catalogs): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetMessageCatalogs<'a> {
    client: &'a crate::Client,
    catalog_id: models::GetMessageCatalogsCatalogId,
}

impl GetMessageCatalogs<'_> {
    /// Sends the request: `GET /translation-catalogs/{catalog-id}`.
    pub async fn send(self) -> Result<Vec<models::MessageCatalogDto>, crate::Error> {
        let path = [
            "/translation-catalogs/",
            &crate::request::path_segment(self.catalog_id.as_str()),
        ]
            .concat();
        let mut request = self.client.request(reqwest::Method::GET, &path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self.client.execute("getMessageCatalogs", request).await?;
        crate::request::json("getMessageCatalogs", response).await
    }
}
