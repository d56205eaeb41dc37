//! The Notifications API.

use crate::models;

/// The Notifications operations: get them from [`Client::notifications`](crate::Client::notifications).
#[derive(Debug, Clone, Copy)]
pub struct NotificationsApi<'a> {
    client: &'a crate::Client,
}

impl crate::Client {
    /// The Notifications operations.
    pub fn notifications(&self) -> NotificationsApi<'_> {
        NotificationsApi { client: self }
    }
}

impl<'a> NotificationsApi<'a> {
    /// Change mail from domain
    ///
    /// Change the MAIL FROM domain of an AWS SES email identity and provide the MX and TXT records to be placed in the caller's DNS
    ///
    /// `PUT /mail-from-attributes` (`putMailFromAttributes`)
    pub fn put_mail_from_attributes(
        &self,
        mail_from_attributes_dto: models::MailFromAttributesDto,
    ) -> PutMailFromAttributes<'a> {
        PutMailFromAttributes {
            client: self.client,
            mail_from_attributes_dto,
        }
    }

    /// Get mail from attributes
    ///
    /// Retrieve MAIL FROM attributes for a given AWS SES identity.
    ///
    /// `GET /mail-from-attributes/{identityId}` (`getMailFromAttributes`)
    pub fn get_mail_from_attributes(
        &self,
        identity_id: impl Into<String>,
    ) -> GetMailFromAttributes<'a> {
        GetMailFromAttributes {
            client: self.client,
            identity_id: identity_id.into(),
        }
    }

    /// List notification template defaults
    ///
    /// This lists the default templates used for notifications, such as emails from IdentityNow.
    ///
    /// `GET /notification-template-defaults` (`listNotificationTemplateDefaults`)
    pub fn list_notification_template_defaults(
        &self,
    ) -> ListNotificationTemplateDefaults<'a> {
        ListNotificationTemplateDefaults {
            client: self.client,
            limit: None,
            offset: None,
            filters: None,
        }
    }

    /// List notification templates
    ///
    /// This lists the templates that you have modified for your site.
    ///
    /// `GET /notification-templates` (`listNotificationTemplates`)
    pub fn list_notification_templates(&self) -> ListNotificationTemplates<'a> {
        ListNotificationTemplates {
            client: self.client,
            limit: None,
            offset: None,
            filters: None,
            sorters: None,
        }
    }

    /// Create notification template
    ///
    /// This will update notification templates that are available in your tenant.
    /// Note that you cannot create new templates in your tenant, but you can use this to create custom notifications from existing templates.  First, copy the response body from the [get notification template endpoint](https://developer.sailpoint.com/idn/api/beta/get-notification-template) for a template you wish to update and paste it into the request body for this endpoint.
    /// Modify the fields you want to change and submit the POST request when ready.
    ///
    /// `POST /notification-templates` (`createNotificationTemplate`)
    pub fn create_notification_template(
        &self,
        template_dto: models::TemplateDto,
    ) -> CreateNotificationTemplate<'a> {
        CreateNotificationTemplate {
            client: self.client,
            template_dto,
        }
    }

    /// Get notification template by id
    ///
    /// This gets a template that you have modified for your site by Id.
    ///
    /// `GET /notification-templates/{id}` (`getNotificationTemplate`)
    pub fn get_notification_template(
        &self,
        id: impl Into<String>,
    ) -> GetNotificationTemplate<'a> {
        GetNotificationTemplate {
            client: self.client,
            id: id.into(),
        }
    }

    /// Bulk delete notification templates
    ///
    /// This lets you bulk delete templates that you previously created for your site.
    ///
    /// `POST /notification-templates/bulk-delete` (`deleteNotificationTemplatesInBulk`)
    pub fn delete_notification_templates_in_bulk(
        &self,
        template_bulk_delete_dto: Vec<models::TemplateBulkDeleteDto>,
    ) -> DeleteNotificationTemplatesInBulk<'a> {
        DeleteNotificationTemplatesInBulk {
            client: self.client,
            template_bulk_delete_dto,
        }
    }

    /// Get notification template context
    ///
    /// The notification service maintains metadata to construct the notification templates or supply any information during the event propagation. The data-store where this information is retrieved is called "Global Context" (a.k.a. notification template context). It defines a set of attributes
    ///  that will be available per tenant (organization).
    ///
    /// `GET /notification-template-context` (`getNotificationsTemplateContext`)
    pub fn get_notifications_template_context(
        &self,
    ) -> GetNotificationsTemplateContext<'a> {
        GetNotificationsTemplateContext {
            client: self.client,
        }
    }

    /// List notification preferences for tenant.
    ///
    /// Returns a list of notification preferences for tenant.
    ///
    /// `GET /notification-preferences/{key}` (`listNotificationPreferences`)
    pub fn list_notification_preferences(
        &self,
        key: impl Into<String>,
    ) -> ListNotificationPreferences<'a> {
        ListNotificationPreferences {
            client: self.client,
            key: key.into(),
        }
    }

    /// Send test notification
    ///
    /// Send a Test Notification
    ///
    /// `POST /send-test-notification` (`sendTestNotification`)
    pub fn send_test_notification(
        &self,
        send_test_notification_request_dto: models::SendTestNotificationRequestDto,
    ) -> SendTestNotification<'a> {
        SendTestNotification {
            client: self.client,
            send_test_notification_request_dto,
        }
    }

    /// List from addresses
    ///
    /// Retrieve a list of sender email addresses and their verification statuses
    ///
    /// `GET /verified-from-addresses` (`listFromAddresses`)
    pub fn list_from_addresses(&self) -> ListFromAddresses<'a> {
        ListFromAddresses {
            client: self.client,
            limit: None,
            offset: None,
            count: None,
            filters: None,
            sorters: None,
        }
    }

    /// Create verified from address
    ///
    /// Create a new sender email address and initiate verification process.
    ///
    /// `POST /verified-from-addresses` (`createVerifiedFromAddress`)
    pub fn create_verified_from_address(
        &self,
        email_status_dto: models::EmailStatusDto,
    ) -> CreateVerifiedFromAddress<'a> {
        CreateVerifiedFromAddress {
            client: self.client,
            email_status_dto,
        }
    }

    /// Delete verified from address
    ///
    /// Delete a verified sender email address
    ///
    /// `DELETE /verified-from-addresses/{id}` (`deleteVerifiedFromAddress`)
    pub fn delete_verified_from_address(
        &self,
        id: impl Into<String>,
    ) -> DeleteVerifiedFromAddress<'a> {
        DeleteVerifiedFromAddress {
            client: self.client,
            id: id.into(),
        }
    }

    /// Get dkim attributes
    ///
    /// Retrieve DKIM (DomainKeys Identified Mail) attributes for all your tenants' AWS SES identities. Limits retrieval to 100 identities per call.
    ///
    /// `GET /verified-domains` (`getDkimAttributes`)
    pub fn get_dkim_attributes(&self) -> GetDkimAttributes<'a> {
        GetDkimAttributes {
            client: self.client,
        }
    }

    /// Verify domain address via dkim
    ///
    /// Create a domain to be verified via DKIM (DomainKeys Identified Mail)
    ///
    /// `POST /verified-domains` (`createDomainDkim`)
    pub fn create_domain_dkim(
        &self,
        domain_address: models::DomainAddress,
    ) -> CreateDomainDkim<'a> {
        CreateDomainDkim {
            client: self.client,
            domain_address,
        }
    }
}

/// The request of [`NotificationsApi::put_mail_from_attributes`](NotificationsApi::put_mail_from_attributes): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct PutMailFromAttributes<'a> {
    client: &'a crate::Client,
    mail_from_attributes_dto: models::MailFromAttributesDto,
}

impl PutMailFromAttributes<'_> {
    /// Sends the request: `PUT /mail-from-attributes`.
    pub async fn send(self) -> Result<models::MailFromAttributes, crate::Error> {
        let path = "/mail-from-attributes";
        let mut request = self.client.request(reqwest::Method::PUT, path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        {
            let value = self.mail_from_attributes_dto;
            request = crate::request::with_json(
                "putMailFromAttributes",
                request,
                "application/json",
                &value,
            )?;
        }
        let response = self.client.execute("putMailFromAttributes", request).await?;
        crate::request::json("putMailFromAttributes", response).await
    }
}

/// The request of [`NotificationsApi::get_mail_from_attributes`](NotificationsApi::get_mail_from_attributes): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetMailFromAttributes<'a> {
    client: &'a crate::Client,
    identity_id: String,
}

impl GetMailFromAttributes<'_> {
    /// Sends the request: `GET /mail-from-attributes/{identityId}`.
    pub async fn send(self) -> Result<models::MailFromAttributes, crate::Error> {
        let path = [
            "/mail-from-attributes/",
            &crate::request::path_segment(&self.identity_id),
        ]
            .concat();
        let mut request = self.client.request(reqwest::Method::GET, &path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self.client.execute("getMailFromAttributes", request).await?;
        crate::request::json("getMailFromAttributes", response).await
    }
}

/// The request of [`NotificationsApi::list_notification_template_defaults`](NotificationsApi::list_notification_template_defaults): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListNotificationTemplateDefaults<'a> {
    client: &'a crate::Client,
    limit: Option<i32>,
    offset: Option<i32>,
    filters: Option<String>,
}

impl ListNotificationTemplateDefaults<'_> {
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

    /// Filter results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#filtering-results)
    ///
    /// Filtering is supported for the following fields and operators:
    ///
    /// **key**: *eq, in, sw*
    ///
    /// **medium**: *eq, sw*
    ///
    /// **locale**: *eq, sw*
    pub fn filters(mut self, filters: impl Into<String>) -> Self {
        self.filters = Some(filters.into());
        self
    }

    /// Sends the request: `GET /notification-template-defaults`.
    pub async fn send(self) -> Result<Vec<models::TemplateDtoDefault>, crate::Error> {
        let path = "/notification-template-defaults";
        let mut request = self.client.request(reqwest::Method::GET, path);
        let mut query: Vec<(&str, String)> = Vec::new();
        if let Some(value) = &self.limit {
            query.push(("limit", value.to_string()));
        }
        if let Some(value) = &self.offset {
            query.push(("offset", value.to_string()));
        }
        if let Some(value) = &self.filters {
            query.push(("filters", value.clone()));
        }
        request = request.query(&query);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self
            .client
            .execute("listNotificationTemplateDefaults", request)
            .await?;
        crate::request::json("listNotificationTemplateDefaults", response).await
    }
}

/// The request of [`NotificationsApi::list_notification_templates`](NotificationsApi::list_notification_templates): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListNotificationTemplates<'a> {
    client: &'a crate::Client,
    limit: Option<i32>,
    offset: Option<i32>,
    filters: Option<String>,
    sorters: Option<String>,
}

impl ListNotificationTemplates<'_> {
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

    /// Filter results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#filtering-results)
    ///
    /// Filtering is supported for the following fields and operators:
    ///
    /// **key**: *eq, in*
    ///
    /// **medium**: *eq*
    ///
    /// **locale**: *eq*
    ///
    /// **name**: *eq, sw*
    ///
    /// **description**: *eq, sw*
    ///
    /// **id**: *eq, sw*
    pub fn filters(mut self, filters: impl Into<String>) -> Self {
        self.filters = Some(filters.into());
        self
    }

    /// Sort results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#sorting-results)
    ///
    /// Sorting is supported for the following fields: **key, name, medium**
    pub fn sorters(mut self, sorters: impl Into<String>) -> Self {
        self.sorters = Some(sorters.into());
        self
    }

    /// Sends the request: `GET /notification-templates`.
    pub async fn send(self) -> Result<Vec<models::TemplateDto>, crate::Error> {
        let path = "/notification-templates";
        let mut request = self.client.request(reqwest::Method::GET, path);
        let mut query: Vec<(&str, String)> = Vec::new();
        if let Some(value) = &self.limit {
            query.push(("limit", value.to_string()));
        }
        if let Some(value) = &self.offset {
            query.push(("offset", value.to_string()));
        }
        if let Some(value) = &self.filters {
            query.push(("filters", value.clone()));
        }
        if let Some(value) = &self.sorters {
            query.push(("sorters", value.clone()));
        }
        request = request.query(&query);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self.client.execute("listNotificationTemplates", request).await?;
        crate::request::json("listNotificationTemplates", response).await
    }
}

/// The request of [`NotificationsApi::create_notification_template`](NotificationsApi::create_notification_template): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateNotificationTemplate<'a> {
    client: &'a crate::Client,
    template_dto: models::TemplateDto,
}

impl CreateNotificationTemplate<'_> {
    /// Sends the request: `POST /notification-templates`.
    pub async fn send(self) -> Result<models::TemplateDto, crate::Error> {
        let path = "/notification-templates";
        let mut request = self.client.request(reqwest::Method::POST, path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        {
            let value = self.template_dto;
            request = crate::request::with_json(
                "createNotificationTemplate",
                request,
                "application/json",
                &value,
            )?;
        }
        let response = self.client.execute("createNotificationTemplate", request).await?;
        crate::request::json("createNotificationTemplate", response).await
    }
}

/// The request of [`NotificationsApi::get_notification_template`](NotificationsApi::get_notification_template): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetNotificationTemplate<'a> {
    client: &'a crate::Client,
    id: String,
}

impl GetNotificationTemplate<'_> {
    /// Sends the request: `GET /notification-templates/{id}`.
    pub async fn send(self) -> Result<Vec<models::TemplateDto>, crate::Error> {
        let path = ["/notification-templates/", &crate::request::path_segment(&self.id)]
            .concat();
        let mut request = self.client.request(reqwest::Method::GET, &path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self.client.execute("getNotificationTemplate", request).await?;
        crate::request::json("getNotificationTemplate", response).await
    }
}

/// The request of [`NotificationsApi::delete_notification_templates_in_bulk`](NotificationsApi::delete_notification_templates_in_bulk): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteNotificationTemplatesInBulk<'a> {
    client: &'a crate::Client,
    template_bulk_delete_dto: Vec<models::TemplateBulkDeleteDto>,
}

impl DeleteNotificationTemplatesInBulk<'_> {
    /// Sends the request: `POST /notification-templates/bulk-delete`.
    pub async fn send(self) -> Result<(), crate::Error> {
        let path = "/notification-templates/bulk-delete";
        let mut request = self.client.request(reqwest::Method::POST, path);
        {
            let value = self.template_bulk_delete_dto;
            request = crate::request::with_json(
                "deleteNotificationTemplatesInBulk",
                request,
                "application/json",
                &value,
            )?;
        }
        let response = self
            .client
            .execute("deleteNotificationTemplatesInBulk", request)
            .await?;
        crate::request::empty("deleteNotificationTemplatesInBulk", response).await
    }
}

/// The request of [`NotificationsApi::get_notifications_template_context`](NotificationsApi::get_notifications_template_context): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetNotificationsTemplateContext<'a> {
    client: &'a crate::Client,
}

impl GetNotificationsTemplateContext<'_> {
    /// Sends the request: `GET /notification-template-context`.
    pub async fn send(
        self,
    ) -> Result<models::NotificationTemplateContext, crate::Error> {
        let path = "/notification-template-context";
        let mut request = self.client.request(reqwest::Method::GET, path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self
            .client
            .execute("getNotificationsTemplateContext", request)
            .await?;
        crate::request::json("getNotificationsTemplateContext", response).await
    }
}

/// The request of [`NotificationsApi::list_notification_preferences`](NotificationsApi::list_notification_preferences): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListNotificationPreferences<'a> {
    client: &'a crate::Client,
    key: String,
}

impl ListNotificationPreferences<'_> {
    /// Sends the request: `GET /notification-preferences/{key}`.
    pub async fn send(self) -> Result<Vec<models::PreferencesDto>, crate::Error> {
        let path = [
            "/notification-preferences/",
            &crate::request::path_segment(&self.key),
        ]
            .concat();
        let mut request = self.client.request(reqwest::Method::GET, &path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self
            .client
            .execute("listNotificationPreferences", request)
            .await?;
        crate::request::json("listNotificationPreferences", response).await
    }
}

/// The request of [`NotificationsApi::send_test_notification`](NotificationsApi::send_test_notification): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct SendTestNotification<'a> {
    client: &'a crate::Client,
    send_test_notification_request_dto: models::SendTestNotificationRequestDto,
}

impl SendTestNotification<'_> {
    /// Sends the request: `POST /send-test-notification`.
    pub async fn send(self) -> Result<(), crate::Error> {
        let path = "/send-test-notification";
        let mut request = self.client.request(reqwest::Method::POST, path);
        {
            let value = self.send_test_notification_request_dto;
            request = crate::request::with_json(
                "sendTestNotification",
                request,
                "application/json",
                &value,
            )?;
        }
        let response = self.client.execute("sendTestNotification", request).await?;
        crate::request::empty("sendTestNotification", response).await
    }
}

/// The request of [`NotificationsApi::list_from_addresses`](NotificationsApi::list_from_addresses): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListFromAddresses<'a> {
    client: &'a crate::Client,
    limit: Option<i32>,
    offset: Option<i32>,
    count: Option<bool>,
    filters: Option<String>,
    sorters: Option<String>,
}

impl ListFromAddresses<'_> {
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

    /// Filter results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#filtering-results)
    ///
    /// Filtering is supported for the following fields and operators:
    ///
    /// **email**: *eq, ge, le, sw*
    pub fn filters(mut self, filters: impl Into<String>) -> Self {
        self.filters = Some(filters.into());
        self
    }

    /// Sort results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#sorting-results)
    ///
    /// Sorting is supported for the following fields: **email**
    pub fn sorters(mut self, sorters: impl Into<String>) -> Self {
        self.sorters = Some(sorters.into());
        self
    }

    /// Sends the request: `GET /verified-from-addresses`.
    pub async fn send(self) -> Result<Vec<models::EmailStatusDto>, crate::Error> {
        let path = "/verified-from-addresses";
        let mut request = self.client.request(reqwest::Method::GET, path);
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
        if let Some(value) = &self.filters {
            query.push(("filters", value.clone()));
        }
        if let Some(value) = &self.sorters {
            query.push(("sorters", value.clone()));
        }
        request = request.query(&query);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self.client.execute("listFromAddresses", request).await?;
        crate::request::json("listFromAddresses", response).await
    }
}

/// The request of [`NotificationsApi::create_verified_from_address`](NotificationsApi::create_verified_from_address): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateVerifiedFromAddress<'a> {
    client: &'a crate::Client,
    email_status_dto: models::EmailStatusDto,
}

impl CreateVerifiedFromAddress<'_> {
    /// Sends the request: `POST /verified-from-addresses`.
    pub async fn send(self) -> Result<models::EmailStatusDto, crate::Error> {
        let path = "/verified-from-addresses";
        let mut request = self.client.request(reqwest::Method::POST, path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        {
            let value = self.email_status_dto;
            request = crate::request::with_json(
                "createVerifiedFromAddress",
                request,
                "application/json",
                &value,
            )?;
        }
        let response = self.client.execute("createVerifiedFromAddress", request).await?;
        crate::request::json("createVerifiedFromAddress", response).await
    }
}

/// The request of [`NotificationsApi::delete_verified_from_address`](NotificationsApi::delete_verified_from_address): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteVerifiedFromAddress<'a> {
    client: &'a crate::Client,
    id: String,
}

impl DeleteVerifiedFromAddress<'_> {
    /// Sends the request: `DELETE /verified-from-addresses/{id}`.
    pub async fn send(self) -> Result<(), crate::Error> {
        let path = ["/verified-from-addresses/", &crate::request::path_segment(&self.id)]
            .concat();
        let request = self.client.request(reqwest::Method::DELETE, &path);
        let response = self.client.execute("deleteVerifiedFromAddress", request).await?;
        crate::request::empty("deleteVerifiedFromAddress", response).await
    }
}

/// The request of [`NotificationsApi::get_dkim_attributes`](NotificationsApi::get_dkim_attributes): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetDkimAttributes<'a> {
    client: &'a crate::Client,
}

impl GetDkimAttributes<'_> {
    /// Sends the request: `GET /verified-domains`.
    pub async fn send(self) -> Result<Vec<models::DkimAttributes>, crate::Error> {
        let path = "/verified-domains";
        let mut request = self.client.request(reqwest::Method::GET, path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self.client.execute("getDkimAttributes", request).await?;
        crate::request::json("getDkimAttributes", response).await
    }
}

/// The request of [`NotificationsApi::create_domain_dkim`](NotificationsApi::create_domain_dkim): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateDomainDkim<'a> {
    client: &'a crate::Client,
    domain_address: models::DomainAddress,
}

impl CreateDomainDkim<'_> {
    /// Sends the request: `POST /verified-domains`.
    pub async fn send(self) -> Result<models::DomainStatusDto, crate::Error> {
        let path = "/verified-domains";
        let mut request = self.client.request(reqwest::Method::POST, path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        {
            let value = self.domain_address;
            request = crate::request::with_json(
                "createDomainDkim",
                request,
                "application/json",
                &value,
            )?;
        }
        let response = self.client.execute("createDomainDkim", request).await?;
        crate::request::json("createDomainDkim", response).await
    }
}
