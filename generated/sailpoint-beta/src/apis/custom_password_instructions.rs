//! Use this API to implement custom password instruction functionality.
//! With this functionality in place, administrators can create custom password instructions to help users reset their passwords, change them, unlock their accounts, or recover their usernames.
//! This allows administrators to emphasize password policies or provide organization-specific instructions.
//!
//! Administrators must first use [Update Password Org Config](https://developer.sailpoint.com/docs/api/beta/put-password-org-config/) to set `customInstructionsEnabled` to `true`.
//!
//! Once they have enabled custom instructions, they can use [Create Custom Password Instructions](https://developer.sailpoint.com/docs/api/beta/create-custom-password-instructions/) to create custom page content for the specific pageId they select.
//!
//! For example, an administrator can use the pageId forget-username:user-email to set the custom text for the case when users forget their usernames and must enter their emails.
//!
//! Refer to [Creating Custom Instruction Text](https://documentation.sailpoint.com/saas/help/pwd/pwd_reset.html#creating-custom-instruction-text) for more information about creating custom password instructions.

use crate::models;

/// The Custom Password Instructions operations: get them from [`Client::custom_password_instructions`](crate::Client::custom_password_instructions).
#[derive(Debug, Clone, Copy)]
pub struct CustomPasswordInstructionsApi<'a> {
    client: &'a crate::Client,
}

impl crate::Client {
    /// The Custom Password Instructions operations.
    #[inline]
    pub fn custom_password_instructions(&self) -> CustomPasswordInstructionsApi<'_> {
        CustomPasswordInstructionsApi {
            client: self,
        }
    }
}

impl<'a> CustomPasswordInstructionsApi<'a> {
    /// Create custom password instructions
    ///
    /// This API creates the custom password instructions for the specified page ID.
    /// A token with ORG_ADMIN authority is required to call this API.
    ///
    /// The `pageId` determines which login and password-recovery screen your custom instructions appear on. The following table describes each supported page ID and where its text is displayed:
    ///
    /// | Page ID | Where the custom text appears |
    /// | --- | --- |
    /// | `flow-selection:select` | Flow-selection landing screen, under "Need help signing in?", above the navigation links. |
    /// | `reset-password:enter-username` | Reset-password "enter username" step, under the prompt, above the username field. |
    /// | `unlock-account:enter-username` | Unlock-account "enter username" step, under the prompt, above the username field. |
    /// | `forget-username:user-email` | Forgot-username screen, under "Enter the email address for", above the email field. |
    /// | `reset-password:enter-password` | Reset-password "new password" step, under the header, above the password fields. |
    /// | `change-password:enter-password` | Same "new password" screen, but the authenticated app/sync-group change variant. |
    /// | `reset-password:finish` | Reset-password success screen, under the success icon/heading, above the return button. |
    /// | `change-password:finish` | Success screen for the authenticated app/sync-group change, under the heading. |
    /// | `mfa:select` | MFA method-selection step, under the prompt, above the list of MFA options. |
    /// | `mfa:enter-code` | MFA code-entry step, under the option label, above the code field. |
    /// | `mfa:enter-kba` | KBA step, under "Please answer these security questions", above the questions form. |
    /// | `unlock-account:finish` | Unlock-account success screen, under the success icon/heading, above the return button. |
    ///
    /// In every case the text shows as an info-icon + paragraph block that only appears if custom text is configured for that page ID, positioned between the screen's built-in heading and its form controls.
    ///
    /// `POST /custom-password-instructions` (`createCustomPasswordInstructions`)
    #[inline]
    pub fn create_custom_password_instructions(
        &self,
        custom_password_instruction: models::CustomPasswordInstruction,
    ) -> CreateCustomPasswordInstructions {
        CreateCustomPasswordInstructions {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            custom_password_instruction,
        }
    }

    /// Get custom password instructions by page id
    ///
    /// This API returns the custom password instructions for the specified page ID. A token with ORG_ADMIN authority is required to call this API.
    ///
    /// `GET /custom-password-instructions/{pageId}` (`getCustomPasswordInstructions`)
    #[inline]
    pub fn get_custom_password_instructions(
        &self,
        page_id: models::GetCustomPasswordInstructionsPageId,
    ) -> GetCustomPasswordInstructions {
        GetCustomPasswordInstructions {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            page_id,
            locale: None,
        }
    }

    /// Delete custom password instructions by page id
    ///
    /// This API delete the custom password instructions for the specified page ID. A token with ORG_ADMIN authority is required to call this API.
    ///
    /// `DELETE /custom-password-instructions/{pageId}` (`deleteCustomPasswordInstructions`)
    #[inline]
    pub fn delete_custom_password_instructions(
        &self,
        page_id: models::DeleteCustomPasswordInstructionsPageId,
    ) -> DeleteCustomPasswordInstructions {
        DeleteCustomPasswordInstructions {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            page_id,
            locale: None,
        }
    }
}

/// The error statuses of [`CustomPasswordInstructionsApi::create_custom_password_instructions`](CustomPasswordInstructionsApi::create_custom_password_instructions), each with the body the spec declares.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum CreateCustomPasswordInstructionsError {
    /// 400: Client Error - Returned if the request body is invalid.
    BadRequest(models::V3ErrorResponseDto),
    /// 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
    Forbidden(models::V3ErrorResponseDto),
    /// 500: Internal Server Error - Returned if there is an unexpected error.
    InternalServerError(models::V3ErrorResponseDto),
    /// A status the spec does not declare here, an empty body or one that is not JSON: see the raw response in [`crate::ServiceError`].
    Other,
}

impl crate::OperationError for CreateCustomPasswordInstructionsError {
    fn decode(status: u16, body: &[u8]) -> Result<Self, crate::DecodeFailure> {
        let empty = body.trim_ascii().is_empty();
        Ok(
            match status {
                400 if !empty => {
                    CreateCustomPasswordInstructionsError::BadRequest(
                        crate::request::decode_body(body)?,
                    )
                }
                403 if !empty => {
                    CreateCustomPasswordInstructionsError::Forbidden(
                        crate::request::decode_body(body)?,
                    )
                }
                500 if !empty => {
                    CreateCustomPasswordInstructionsError::InternalServerError(
                        crate::request::decode_body(body)?,
                    )
                }
                _ => CreateCustomPasswordInstructionsError::Other,
            },
        )
    }

    fn undeclared() -> Self {
        CreateCustomPasswordInstructionsError::Other
    }
}

/// The request of [`CustomPasswordInstructionsApi::create_custom_password_instructions`](CustomPasswordInstructionsApi::create_custom_password_instructions): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateCustomPasswordInstructions {
    client: crate::Client,
    options: crate::request::Options,
    custom_password_instruction: models::CustomPasswordInstruction,
}

impl CreateCustomPasswordInstructions {
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

    /// Sends the request: `POST /custom-password-instructions`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::CustomPasswordInstruction,
            crate::SdkError<CreateCustomPasswordInstructionsError>,
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
            crate::Response<models::CustomPasswordInstruction>,
            crate::SdkError<CreateCustomPasswordInstructionsError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "createCustomPasswordInstructions",
            self.options,
            move |client| {
                let path = "/custom-password-instructions";
                let mut request = client.request(reqwest::Method::POST, path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.custom_password_instruction;
                    request = crate::request::with_json(
                        "createCustomPasswordInstructions",
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

/// The error statuses of [`CustomPasswordInstructionsApi::get_custom_password_instructions`](CustomPasswordInstructionsApi::get_custom_password_instructions), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_403_404_500`](crate::apis::errors::Errors400_403_404_500).
pub type GetCustomPasswordInstructionsError = crate::apis::errors::Errors400_403_404_500;

/// The request of [`CustomPasswordInstructionsApi::get_custom_password_instructions`](CustomPasswordInstructionsApi::get_custom_password_instructions): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetCustomPasswordInstructions {
    client: crate::Client,
    options: crate::request::Options,
    page_id: models::GetCustomPasswordInstructionsPageId,
    locale: Option<String>,
}

impl GetCustomPasswordInstructions {
    /// The locale for the custom instructions, a BCP47 language tag. The default value is \"default\".
    #[inline]
    pub fn locale(mut self, locale: impl Into<String>) -> Self {
        self.locale = Some(locale.into());
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

    /// Sends the request: `GET /custom-password-instructions/{pageId}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::CustomPasswordInstruction,
            crate::SdkError<GetCustomPasswordInstructionsError>,
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
            crate::Response<models::CustomPasswordInstruction>,
            crate::SdkError<GetCustomPasswordInstructionsError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getCustomPasswordInstructions",
            self.options,
            move |client| {
                let path = [
                    "/custom-password-instructions/",
                    &crate::request::path_segment(self.page_id.as_str()),
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::GET, &path);
                let mut query: Vec<(&str, String)> = Vec::new();
                if let Some(value) = &self.locale {
                    query.push(("locale", value.clone()));
                }
                request = request.query(&query);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`CustomPasswordInstructionsApi::delete_custom_password_instructions`](CustomPasswordInstructionsApi::delete_custom_password_instructions), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_403_404_500`](crate::apis::errors::Errors400_403_404_500).
pub type DeleteCustomPasswordInstructionsError = crate::apis::errors::Errors400_403_404_500;

/// The request of [`CustomPasswordInstructionsApi::delete_custom_password_instructions`](CustomPasswordInstructionsApi::delete_custom_password_instructions): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteCustomPasswordInstructions {
    client: crate::Client,
    options: crate::request::Options,
    page_id: models::DeleteCustomPasswordInstructionsPageId,
    locale: Option<String>,
}

impl DeleteCustomPasswordInstructions {
    /// The locale for the custom instructions, a BCP47 language tag. The default value is \"default\".
    #[inline]
    pub fn locale(mut self, locale: impl Into<String>) -> Self {
        self.locale = Some(locale.into());
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

    /// Sends the request: `DELETE /custom-password-instructions/{pageId}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<(), crate::SdkError<DeleteCustomPasswordInstructionsError>>,
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
            crate::Response<()>,
            crate::SdkError<DeleteCustomPasswordInstructionsError>,
        >,
    > {
        crate::request::empty(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "deleteCustomPasswordInstructions",
            self.options,
            move |client| {
                let path = [
                    "/custom-password-instructions/",
                    &crate::request::path_segment(self.page_id.as_str()),
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::DELETE, &path);
                let mut query: Vec<(&str, String)> = Vec::new();
                if let Some(value) = &self.locale {
                    query.push(("locale", value.clone()));
                }
                request = request.query(&query);
                Ok(request)
            },
        )
    }
}
