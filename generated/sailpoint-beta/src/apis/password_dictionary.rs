//! Use this API to implement password dictionary functionality.
//! With this functionality in place, administrators can create password dictionaries to prevent users from using certain words or characters in their passwords.
//!
//! A password dictionary is a list of words or characters that users are prevented from including in their passwords.
//! This can help protect users from themselves and force them to create passwords that are not easy to break.
//!
//! A password dictionary must meet the following requirements to for the API to handle them correctly:
//!
//! - It must be in .txt format.
//!
//! - All characters must be UTF-8 characters.
//!
//! - Each line must contain a single word or character with no spaces or whitespace characters.
//!
//! - It must contain at least one line other than the locale string.
//!
//! - Each line must not exceed 128 characters.
//!
//! - The file must not exceed 2500 lines.
//!
//! Administrators should also consider the following when they create their dictionaries:
//!
//! - Lines starting with a # represent comments.
//!
//! - All words in the password dictionary are case-insensitive.
//!   For example, adding the word "password" to the dictionary also disallows the following: PASSWORD, Password, and PassWord.
//!
//! - The dictionary uses substring matching.
//!   For example, adding the word "spring" to the dictionary also disallows the following: Spring124, 345SprinG, and 8spring.
//!   Users can then select 'Change Password' to update their passwords.
//!
//! Administrators must do the following to create a password dictionary:
//!
//! - Create the text file that will contain the prohibited password values.
//!
//! - If the dictionary is not in English, they must add a locale string to the top line: locale:`languageCode`_`countryCode`
//!
//! The languageCode value refers to the language's 2-letter ISO 639-1 code.
//! The countryCode value refers to the country's 2-letter ISO 3166-1 code.
//!
//! Refer to this list <https://docs.oracle.com/cd/E13214_01/wli/docs92/xref/xqisocodes.html> to see all the available ISO 639-1 language codes and ISO 3166-1 country codes.
//!
//! - Upload the .txt file to Identity Security Cloud with [Update Password Dictionary](https://developer.sailpoint.com/docs/api/beta/put-password-dictionary). Uploading a new file always overwrites the previous dictionary file.
//!
//! Administrators can then specify which password policies check new passwords against the password dictionary by doing the following: In the Admin panel, they can use the Password Mgmt dropdown menu to select Policies, select the policy, and select the 'Prevent use of words in this site's password dictionary' checkbox beside it.
//!
//! Refer to [Configuring Advanced Password Management Options](https://documentation.sailpoint.com/saas/help/pwd/adv_config.html) for more information about password dictionaries.

use crate::models;

/// The Password Dictionary operations: get them from [`Client::password_dictionary`](crate::Client::password_dictionary).
#[derive(Debug, Clone, Copy)]
pub struct PasswordDictionaryApi<'a> {
    client: &'a crate::Client,
}

impl crate::Client {
    /// The Password Dictionary operations.
    #[inline]
    pub fn password_dictionary(&self) -> PasswordDictionaryApi<'_> {
        PasswordDictionaryApi {
            client: self,
        }
    }
}

impl<'a> PasswordDictionaryApi<'a> {
    /// Get password dictionary
    ///
    /// This gets password dictionary for the organization.
    /// The password dictionary file can contain lines that are:
    /// 1. comment lines - the first character is '#', can be 128 Unicode codepoints in length, and are ignored during processing
    /// 2. empty lines
    /// 3. locale line - the first line that starts with "locale=" is considered to be locale line, the rest are treated as normal content lines
    /// 4. line containing the password dictionary word - it must start with non-whitespace character and only non-whitespace characters are allowed;
    ///    maximum length of the line is 128 Unicode codepoints
    ///
    ///
    /// Password dictionary file may not contain more than 2,500 lines (not counting whitespace lines, comment lines and locale line).
    ///   Password dict file must contain UTF-8 characters only.
    ///
    /// # Sample password text file
    ///
    /// ```text
    ///
    /// # Password dictionary small test file
    ///
    /// locale=en_US
    ///
    /// # Password dictionary prohibited words
    ///
    /// qwerty
    /// abcd
    /// aaaaa
    /// password
    /// qazxsws
    ///
    /// ```
    ///
    /// `GET /password-dictionary` (`getPasswordDictionary`)
    #[inline]
    pub fn get_password_dictionary(&self) -> GetPasswordDictionary {
        GetPasswordDictionary {
            client: self.client.clone(),
            options: crate::request::Options::default(),
        }
    }

    /// Update password dictionary
    ///
    /// This updates password dictionary for the organization.
    /// The password dictionary file can contain lines that are:
    /// 1. comment lines - the first character is '#', can be 128 Unicode codepoints in length, and are ignored during processing
    /// 2. empty lines
    /// 3. locale line - the first line that starts with "locale=" is considered to be locale line, the rest are treated as normal content lines
    /// 4. line containing the password dictionary word - it must start with non-whitespace character and only non-whitespace characters are allowed;
    ///    maximum length of the line is 128 Unicode codepoints
    ///
    ///
    /// Password dictionary file may not contain more than 2,500 lines (not counting whitespace lines, comment lines and locale line).
    ///   Password dict file must contain UTF-8 characters only.
    ///
    /// # Sample password text file
    ///
    /// ```text
    ///
    /// # Password dictionary small test file
    ///
    /// locale=en_US
    ///
    /// # Password dictionary prohibited words
    ///
    /// qwerty
    /// abcd
    /// aaaaa
    /// password
    /// qazxsws
    ///
    /// ```
    ///
    /// `PUT /password-dictionary` (`putPasswordDictionary`)
    #[inline]
    pub fn put_password_dictionary(
        &self,
        put_password_dictionary_request: models::PutPasswordDictionaryRequest,
    ) -> PutPasswordDictionary {
        PutPasswordDictionary {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            upload: crate::request::Upload::default(),
            put_password_dictionary_request,
        }
    }
}

/// The error statuses of [`PasswordDictionaryApi::get_password_dictionary`](PasswordDictionaryApi::get_password_dictionary), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type GetPasswordDictionaryError = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`PasswordDictionaryApi::get_password_dictionary`](PasswordDictionaryApi::get_password_dictionary): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetPasswordDictionary {
    client: crate::Client,
    options: crate::request::Options,
}

impl GetPasswordDictionary {
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

    /// Sends the request: `GET /password-dictionary`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<Vec<u8>, crate::SdkError<GetPasswordDictionaryError>>,
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
            crate::Response<Vec<u8>>,
            crate::SdkError<GetPasswordDictionaryError>,
        >,
    > {
        crate::request::bytes(self.call())
    }

    /// Sends the request, as [`send`](Self::send), and returns the file as a stream of chunks
    /// as they arrive rather than buffered whole: for large downloads.
    #[inline]
    pub fn send_streaming(
        self,
    ) -> impl Future<
        Output = Result<
            crate::Response<crate::ByteStream>,
            crate::SdkError<GetPasswordDictionaryError>,
        >,
    > {
        crate::request::streaming(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getPasswordDictionary",
            self.options,
            move |client| {
                let path = "/password-dictionary";
                let mut request = client.request(reqwest::Method::GET, path);
                request = request.header(reqwest::header::ACCEPT, "text/plain");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`PasswordDictionaryApi::put_password_dictionary`](PasswordDictionaryApi::put_password_dictionary), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type PutPasswordDictionaryError = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`PasswordDictionaryApi::put_password_dictionary`](PasswordDictionaryApi::put_password_dictionary): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct PutPasswordDictionary {
    client: crate::Client,
    options: crate::request::Options,
    upload: crate::request::Upload,
    put_password_dictionary_request: models::PutPasswordDictionaryRequest,
}

impl PutPasswordDictionary {
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

    /// The file name the upload is sent with (`roles.csv`), in place of its part's name.
    #[inline]
    pub fn file_name(mut self, file_name: impl Into<String>) -> Self {
        self.upload.file_name = Some(file_name.into());
        self
    }

    /// The content type the upload is sent with (`text/csv`), in place of
    /// `application/octet-stream`.
    #[inline]
    pub fn file_content_type(mut self, content_type: impl Into<String>) -> Self {
        self.upload.content_type = Some(content_type.into());
        self
    }

    /// Sends the request: `PUT /password-dictionary`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<Output = Result<(), crate::SdkError<PutPasswordDictionaryError>>> {
        crate::request::body(self.send_with_metadata())
    }

    /// Sends the request, as [`send`](Self::send), and returns the response's status and headers
    /// with its body.
    #[inline]
    pub fn send_with_metadata(
        self,
    ) -> impl Future<
        Output = Result<crate::Response<()>, crate::SdkError<PutPasswordDictionaryError>>,
    > {
        crate::request::empty(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "putPasswordDictionary",
            self.options,
            move |client| {
                let path = "/password-dictionary";
                let mut request = client.request(reqwest::Method::PUT, path);
                {
                    let value = &self.put_password_dictionary_request;
                    request = request
                        .multipart({
                            let mut form = reqwest::multipart::Form::new();
                            if let Some(part) = &value.file {
                                form = form
                                    .part(
                                        "file",
                                        crate::request::file_part(
                                            part.clone(),
                                            "file",
                                            &self.upload,
                                        )?,
                                    );
                            }
                            form
                        });
                }
                Ok(request)
            },
        )
    }
}
