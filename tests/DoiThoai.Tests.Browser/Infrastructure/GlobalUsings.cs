// The fixture and session are used by every test file, whichever folder it sits in.
global using DoiThoai.Tests.Browser.Infrastructure;
