//! `TaskResultDtoType`, from `v3/schemas/TaskResultDto.yaml`.
crate::string_enum! {
    #[doc = " Task result DTO type."] pub enum TaskResultDtoType { #[doc =
    " `TASK_RESULT`"] TaskResult = "TASK_RESULT", }
}
